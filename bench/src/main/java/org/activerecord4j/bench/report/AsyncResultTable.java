package org.activerecord4j.bench.report;

import java.util.Locale;
import org.activerecord4j.bench.Implementation;
import org.activerecord4j.bench.Scenario;
import org.activerecord4j.bench.data.DataSet;
import org.activerecord4j.bench.db.BenchDatabase;
import org.activerecord4j.bench.run.DatabaseReport;
import org.activerecord4j.bench.run.HandOffFloor;
import org.activerecord4j.bench.run.Measurement;
import org.activerecord4j.bench.run.Metric;

/**
 * Renders the async twins of one database's report as Markdown tables: each scenario through the async API,
 * every call awaited before the next, next to activerecord4j's sync calls with the ratio async/sync; and
 * S8, the same lookups all at once, as throughput.
 */
public final class AsyncResultTable {

    private AsyncResultTable() {
    }

    /**
     * Renders the awaited twins: median ms/op and client CPU per operation, sync and async, and their ratios,
     * each with its spread over the forks (ratios paired by round).
     *
     * @param report the report
     * @return the Markdown table
     */
    public static String twins(DatabaseReport report) {
        StringBuilder table = new StringBuilder();
        HandOffFloor handOff = report.handOff();
        table.append("| Scenario, each async call awaited before the next | sync ms/op | async ms/op | ×sync "
                + "| sync CPU ms/op | async CPU ms/op | ×sync | Target |")
                .append(handOff == null ? "" : " Hand-over floor, wall; CPU |").append('\n');
        table.append("|---|---:|---:|---:|---:|---:|---:|---|").append(handOff == null ? "" : "---:|").append('\n');
        for (Scenario scenario : report.scenarios()) {
            if (scenario == Scenario.S8) {
                continue;
            }
            Measurement sync = report.measurement(scenario, Implementation.ACTIVERECORD4J);
            Measurement async = report.measurement(scenario, Implementation.ACTIVERECORD4J_ASYNC);
            table.append("| ").append(scenario.label()).append(": ").append(scenario.description())
                    .append(" | ").append(ResultTable.cell(sync))
                    .append(" | ").append(ResultTable.cell(async))
                    .append(" | ").append(report.asyncRatio(scenario, Metric.WALL).formatRatio())
                    .append(" | ").append(ResultTable.cpuCell(sync))
                    .append(" | ").append(ResultTable.cpuCell(async))
                    .append(" | ").append(report.asyncRatio(scenario, Metric.CPU).formatRatio())
                    .append(" | ").append(scenario.asyncTarget() == null ? "" : "≤ " + scenario.asyncTarget())
                    .append(" |").append(handOff == null ? "" : " " + floor(scenario, sync, handOff) + " |").append('\n');
        }
        if (handOff != null) {
            table.append("\nHand-over floor: a call that does nothing, handed to a fixed pool of ")
                    .append(BenchDatabase.POOL_SIZE).append(" platform threads with `supplyAsync` and awaited with `join()`, ")
                    .append("costs ").append(handOff.describe()).append(" on this machine, without a database ")
                    .append("(`HandOffBenchmark`). An awaited async call cannot cost less than its sync twin plus this, ")
                    .append("since the calling thread never runs JDBC: the floor column is (sync + calls × hand-over) / ")
                    .append("sync, with S2's 10,000 and S5 lazy's 201 calls per operation.\n");
        }
        return table.toString();
    }

    /** The least ratio async/sync the hand-over allows, wall and CPU, for a scenario whose calls are awaited one by one. */
    private static String floor(Scenario scenario, Measurement sync, HandOffFloor handOff) {
        if (sync == null || scenario == Scenario.S7) {
            return "–"; // S7's twin is one subscription whose requests cross threads as the rows arrive
        }
        return String.format(Locale.ROOT, "%.2f; %.2f",
                HandOffFloor.ratio(sync.medianMillis(), scenario.asyncCalls(), handOff.wallMicros().median()),
                HandOffFloor.ratio(sync.cpuMillis(), scenario.asyncCalls(), handOff.cpuMicros().median()));
    }

    /**
     * Renders S8: lookups per second, median time and client CPU of the 10,000 lookups, sync on a fixed pool of
     * threads and async as futures issued at once, with the async throughput's ratio to the sync one.
     *
     * @param report the report
     * @return the Markdown table, or an empty string when S8 was not measured
     */
    public static String concurrency(DatabaseReport report) {
        Measurement sync = report.measurement(Scenario.S8, Implementation.ACTIVERECORD4J);
        Measurement async = report.measurement(Scenario.S8, Implementation.ACTIVERECORD4J_ASYNC);
        if (sync == null && async == null) {
            return "";
        }
        StringBuilder table = new StringBuilder();
        table.append("| ").append(Scenario.S8.label()).append(": ").append(Scenario.S8.description())
                .append(" | lookups/s | ms per 10,000 | CPU ms per 10,000 | ×sync lookups/s |\n");
        table.append("|---|---:|---:|---:|---:|\n");
        double syncRate = lookupsPerSecond(sync);
        double asyncRate = lookupsPerSecond(async);
        row(table, "activerecord4j, " + BenchDatabase.POOL_SIZE + " platform threads", sync, "");
        row(table, "activerecord4j async, " + String.format(Locale.ROOT, "%,d", DataSet.LOOKUPS) + " futures at once",
                async, Double.isNaN(asyncRate / syncRate) ? "–" : String.format(Locale.ROOT, "%.2f", asyncRate / syncRate));
        return table.toString();
    }

    private static void row(StringBuilder table, String label, Measurement measurement, String ratio) {
        double rate = lookupsPerSecond(measurement);
        table.append("| ").append(label)
                .append(" | ").append(Double.isNaN(rate) ? ResultTable.cell(measurement) : String.format(Locale.ROOT, "%,.0f", rate))
                .append(" | ").append(ResultTable.cell(measurement))
                .append(" | ").append(ResultTable.cpuCell(measurement))
                .append(" | ").append(ratio).append(" |\n");
    }

    /** Lookups per second at the median time of one operation of {@link DataSet#LOOKUPS} lookups; NaN when not measured. */
    private static double lookupsPerSecond(Measurement measurement) {
        return measurement == null || !measurement.succeeded() ? Double.NaN
                : DataSet.LOOKUPS / (measurement.medianMillis() / 1_000.0);
    }
}

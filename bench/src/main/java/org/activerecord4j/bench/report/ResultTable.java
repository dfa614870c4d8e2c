package org.activerecord4j.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.activerecord4j.bench.Implementation;
import org.activerecord4j.bench.Scenario;
import org.activerecord4j.bench.db.BenchDatabase;
import org.activerecord4j.bench.run.DatabaseReport;
import org.activerecord4j.bench.run.Measurement;
import org.activerecord4j.bench.run.Metric;
import org.activerecord4j.bench.run.Spread;
import org.activerecord4j.bench.run.StatementCounts;
import org.activerecord4j.bench.run.Verification;

/**
 * Renders one database's report as Markdown tables, for the console and for RESULTS.md: the headline table
 * (client CPU and allocation per operation, wall time beside them, each as a ratio to JDBC with its spread over
 * the forks, for every implementation in the run), the target checks and the verification.
 * {@link AsyncResultTable} renders the async twins'.
 */
public final class ResultTable {

    /** Marks a scenario whose wall time on this database is bound by loopback round trips. */
    static final String ROUND_TRIP_MARK = "‡";

    private ResultTable() {
    }

    /**
     * Renders the headline table: one row per scenario and implementation, JDBC first, with client CPU,
     * allocation and wall time per operation, each as a ratio to JDBC (median over the rounds of the ratio
     * to JDBC's fork of the same round, min–max in brackets) and in absolute terms (median of the forks,
     * min–max). Scenarios whose wall time is round-trip bound on this database carry {@value #ROUND_TRIP_MARK}.
     *
     * @param report the report
     * @return the Markdown table
     */
    public static String measurements(DatabaseReport report) {
        StringBuilder table = new StringBuilder();
        table.append("| Scenario | Implementation | CPU ×JDBC | alloc ×JDBC | wall ×JDBC | CPU ms/op | alloc/op | wall ms/op |\n");
        table.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
        List<Implementation> implementations = new ArrayList<>(report.implementations());
        // JDBC first: the reference.
        if (implementations.remove(Implementation.JDBC)) {
            implementations.add(0, Implementation.JDBC);
        }
        for (Scenario scenario : peerScenarios(report)) {
            String label = scenario.label() + (roundTripBound(report.database(), scenario) ? " " + ROUND_TRIP_MARK : "");
            for (Implementation implementation : implementations) {
                Measurement measurement = report.measurement(scenario, implementation);
                if (measurement == null) {
                    continue;
                }
                table.append("| ").append(label).append(" | ").append(implementation.label());
                for (Metric metric : List.of(Metric.CPU, Metric.ALLOCATION, Metric.WALL)) {
                    table.append(" | ").append(implementation == Implementation.JDBC ? "1"
                            : report.ratio(scenario, implementation, metric).formatRatio());
                }
                table.append(" | ").append(measurement.spread(Metric.CPU).format(ResultTable::millis))
                        .append(" | ").append(bytes(measurement.spread(Metric.ALLOCATION)))
                        .append(" | ").append(cell(measurement)).append(" |\n");
            }
        }
        return table.toString();
    }

    /**
     * Returns whether {@code scenario}'s wall time on {@code database} is bound by round trips: S2 (10,000
     * statements per operation) and S5 lazy (201) on the server databases, where most of the time is the
     * loopback round trip; SQLite runs in process.
     *
     * @param database the database
     * @param scenario the scenario
     * @return true when its wall-time ratios say little about the libraries
     */
    public static boolean roundTripBound(BenchDatabase database, Scenario scenario) {
        return database != BenchDatabase.SQLITE && (scenario == Scenario.S2 || scenario == Scenario.S5_LAZY);
    }

    /**
     * Returns the note below a headline table that has round-trip-bound rows.
     *
     * @param report the report
     * @return a Markdown line, or an empty string when no row is round-trip bound
     */
    public static String roundTripNote(DatabaseReport report) {
        List<String> bound = peerScenarios(report).stream().filter(scenario -> roundTripBound(report.database(), scenario))
                .map(Scenario::label).toList();
        return bound.isEmpty() ? "" : ROUND_TRIP_MARK + " Round-trip bound: the wall time of " + String.join(" and ", bound)
                + " on " + report.database().id() + " is mostly loopback round trips (one per statement), which vary "
                + "from fork to fork; compare client CPU and allocation.\n";
    }

    /** The scenarios of the report that JDBC runs: all but S8, which compares activerecord4j with its async twin. */
    private static List<Scenario> peerScenarios(DatabaseReport report) {
        return report.scenarios().stream().filter(Implementation.JDBC::runs).toList();
    }

    /**
     * Renders the target checks.
     *
     * @param checks the checks
     * @return the Markdown table
     */
    public static String targets(List<TargetCheck> checks) {
        StringBuilder table = new StringBuilder("| Target | Measured | Met |\n|---|---|---|\n");
        for (TargetCheck check : checks) {
            table.append("| ").append(check.target()).append(" | ").append(check.outcome()).append(" | ")
                    .append(check.verdict().label()).append(" |\n");
        }
        return table.toString();
    }

    /**
     * Renders S5's statement counts and the checksum verification.
     *
     * @param verification the verification, or null when skipped
     * @return Markdown lines
     */
    public static String verification(Verification verification) {
        if (verification == null) {
            return "Verification skipped.\n";
        }
        StringBuilder text = new StringBuilder();
        List<String> labels = verification.implementations().stream().map(Implementation::label).toList();
        String implementations = labels.size() == 1 ? labels.get(0)
                : String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1);
        String concurrent = verification.scenarios().contains(Scenario.S8) ? "; S8's, S2's lookups run concurrently, equal S2's" : "";
        text.append(verification.mismatches().isEmpty()
                ? "Checksums of S1–S5 agree across " + implementations + concurrent + ".\n"
                : "**Checksums differ:** " + String.join("; ", verification.mismatches()) + "\n");
        text.append("\nS5 statements per operation (lazy / eager):\n\n");
        for (Implementation implementation : verification.implementations()) {
            StatementCounts counts = verification.statementCounts(implementation);
            if (counts != null) {
                text.append(counts(implementation.label(), counts));
            }
        }
        return text.toString();
    }

    private static String counts(String name, StatementCounts counts) {
        if (counts == null) {
            return "- " + name + ": not counted\n";
        }
        return String.format(Locale.ROOT, "- %s: %d users → %d / %d; %d users → %d / %d%n", name,
                counts.fewUsers(), counts.lazyFew(), counts.eagerFew(), counts.manyUsers(), counts.lazyMany(), counts.eagerMany());
    }

    static String cell(Measurement measurement) {
        if (measurement == null) {
            return "–";
        }
        if (measurement.failedForks() == measurement.forks().size()) {
            return measurement.scenario() == Scenario.S7 ? "failed (out of heap?)" : "failed";
        }
        StringBuilder cell = new StringBuilder(measurement.spread(Metric.WALL).format(ResultTable::millis));
        double peakHeap = measurement.peakHeapMegabytes();
        if (!Double.isNaN(peakHeap)) {
            cell.append(String.format(Locale.ROOT, " (peak heap %.0f MB)", peakHeap));
        }
        if (measurement.failedForks() > 0) {
            cell.append(" (failed in ").append(measurement.failedForks()).append(" of ")
                    .append(measurement.forks().size()).append(" forks)");
        }
        return cell.toString();
    }

    static String cpuCell(Measurement measurement) {
        return measurement == null ? "–" : measurement.spread(Metric.CPU).format(ResultTable::millis);
    }

    static String millis(double value) {
        if (value < 10) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return value < 100 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.0f", value);
    }

    /** Bytes per operation with their range, all in the median's unit: B, KB or MB (of 1,024). */
    static String bytes(Spread spread) {
        if (spread.isEmpty()) {
            return "–";
        }
        double unit = spread.median() < 1024 ? 1 : spread.median() < 1024 * 1024 ? 1024 : 1024 * 1024;
        String name = unit == 1 ? "B" : unit == 1024 ? "KB" : "MB";
        return spread.format(value -> unit == 1 ? String.format(Locale.ROOT, "%.0f", value) : millis(value / unit))
                + " " + name;
    }
}

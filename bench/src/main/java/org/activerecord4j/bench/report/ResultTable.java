package org.activerecord4j.bench.report;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleBiFunction;
import org.activerecord4j.bench.Implementation;
import org.activerecord4j.bench.run.DatabaseReport;
import org.activerecord4j.bench.Scenario;
import org.activerecord4j.bench.run.Measurement;
import org.activerecord4j.bench.run.StatementCounts;
import org.activerecord4j.bench.run.Verification;

/**
 * Renders one database's report as Markdown tables, for the console and for RESULTS.md: the comparison with
 * JDBC and Hibernate, and the verification. {@link AsyncResultTable} renders the async twins'.
 */
public final class ResultTable {

    private ResultTable() {
    }

    /**
     * Renders the measurements: median ms/op per implementation and the ratio to JDBC.
     *
     * @param report the report
     * @return the Markdown table
     */
    public static String measurements(DatabaseReport report) {
        StringBuilder table = new StringBuilder();
        table.append("| Scenario | JDBC ms/op | activerecord4j ms/op | ×JDBC | Hibernate ms/op | ×JDBC | Target |\n");
        table.append("|---|---:|---:|---:|---:|---:|---|\n");
        for (Scenario scenario : peerScenarios(report)) {
            table.append("| ").append(scenario.label()).append(": ").append(scenario.description());
            appendImplementations(table, report, scenario, ResultTable::cell, report::ratio);
            table.append(" | ").append(scenario.target() == null ? "" : "≤ " + scenario.target()).append(" |\n");
        }
        return table.toString();
    }

    /**
     * Renders the client's cost: the benchmark process's CPU time per operation (all threads) per
     * implementation and the ratio to JDBC. Where the server is the bottleneck the times tie; this does not.
     *
     * @param report the report
     * @return the Markdown table
     */
    public static String cpu(DatabaseReport report) {
        StringBuilder table = new StringBuilder();
        table.append("| Client CPU per operation | JDBC ms | activerecord4j ms | ×JDBC | Hibernate ms | ×JDBC |\n");
        table.append("|---|---:|---:|---:|---:|---:|\n");
        for (Scenario scenario : peerScenarios(report)) {
            table.append("| ").append(scenario.label());
            appendImplementations(table, report, scenario, ResultTable::cpuCell, report::cpuRatio);
            table.append(" |\n");
        }
        return table.toString();
    }

    /** The scenarios of the report that JDBC runs: all but S8, which compares activerecord4j with its async twin. */
    private static List<Scenario> peerScenarios(DatabaseReport report) {
        return report.scenarios().stream().filter(Implementation.JDBC::runs).toList();
    }

    /** Appends the JDBC, activerecord4j and Hibernate cells of one row, with the two ratios to JDBC. */
    private static void appendImplementations(StringBuilder table, DatabaseReport report, Scenario scenario,
            Function<Measurement, String> cell, ToDoubleBiFunction<Scenario, Implementation> ratio) {
        table.append(" | ").append(cell.apply(report.measurement(scenario, Implementation.JDBC)))
                .append(" | ").append(cell.apply(report.measurement(scenario, Implementation.ACTIVERECORD4J)))
                .append(" | ").append(ratio(ratio.applyAsDouble(scenario, Implementation.ACTIVERECORD4J)))
                .append(" | ").append(cell.apply(report.measurement(scenario, Implementation.HIBERNATE)))
                .append(" | ").append(ratio(ratio.applyAsDouble(scenario, Implementation.HIBERNATE)));
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
                    .append(check.met() == null ? "?" : check.met() ? "yes" : "**no**").append(" |\n");
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
        List<Implementation> verified = verification.implementations();
        if (verified.contains(Implementation.ACTIVERECORD4J)) {
            text.append(counts("activerecord4j", verification.activeRecordCounts()));
        }
        if (verified.contains(Implementation.HIBERNATE)) {
            text.append(counts("Hibernate (statistics: prepared statements)", verification.hibernateCounts()));
        }
        if (verified.contains(Implementation.ACTIVERECORD4J_ASYNC)) {
            text.append(counts("activerecord4j async", verification.asyncCounts()));
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
        if (!measurement.succeeded()) {
            return measurement.scenario() == Scenario.S7 ? "failed (out of heap?)" : "failed";
        }
        String time = millis(measurement.medianMillis());
        return Double.isNaN(measurement.peakHeapMegabytes())
                ? time
                : time + String.format(Locale.ROOT, " (peak heap %.0f MB)", measurement.peakHeapMegabytes());
    }

    static String cpuCell(Measurement measurement) {
        return measurement == null || !measurement.succeeded() || Double.isNaN(measurement.cpuMillis())
                ? "–" : millis(measurement.cpuMillis());
    }

    static String millis(double value) {
        if (value < 10) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return value < 100 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.0f", value);
    }

    static String ratio(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }
}

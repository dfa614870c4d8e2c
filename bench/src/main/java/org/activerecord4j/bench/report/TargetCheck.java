package org.activerecord4j.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.activerecord4j.bench.Implementation;
import org.activerecord4j.bench.run.DatabaseReport;
import org.activerecord4j.bench.Scenario;
import org.activerecord4j.bench.run.Measurement;
import org.activerecord4j.bench.run.StatementCounts;

/**
 * Issue 5's targets, and the async issue's, checked against one database's report.
 *
 * @param target what is promised
 * @param outcome what was measured
 * @param met whether the promise holds; null when it could not be checked
 */
public record TargetCheck(String target, String outcome, Boolean met) {

    /**
     * Checks the async twins' targets on {@code report}: each awaited twin within its ratio of the sync calls,
     * and S7's twin within the small heap.
     *
     * @param report the report
     * @return one check per target
     */
    public static List<TargetCheck> async(DatabaseReport report) {
        List<TargetCheck> checks = new ArrayList<>();
        for (Scenario scenario : report.scenarios()) {
            if (scenario.asyncTarget() != null) {
                double ratio = report.asyncRatio(scenario);
                checks.add(new TargetCheck(scenario.label() + " async ≤ " + scenario.asyncTarget() + "× sync",
                        Double.isNaN(ratio) ? "not measured" : String.format(Locale.ROOT, "%.2f×", ratio),
                        Double.isNaN(ratio) ? null : ratio <= scenario.asyncTarget()));
            }
        }
        checks.add(completesInSmallHeap("S7 async completes within -Xmx64m",
                report.measurement(Scenario.S7, Implementation.ACTIVERECORD4J_ASYNC)));
        return checks;
    }

    /**
     * Checks issue 5's targets on {@code report}: activerecord4j against JDBC and Hibernate.
     *
     * @param report the report
     * @return one check per target
     */
    public static List<TargetCheck> of(DatabaseReport report) {
        List<TargetCheck> checks = new ArrayList<>();
        for (Scenario scenario : report.scenarios()) {
            if (scenario.target() != null) {
                double ratio = report.ratio(scenario, Implementation.ACTIVERECORD4J);
                checks.add(new TargetCheck(scenario.label() + " ≤ " + scenario.target() + "× JDBC",
                        Double.isNaN(ratio) ? "not measured" : String.format(Locale.ROOT, "%.2f×", ratio),
                        Double.isNaN(ratio) ? null : ratio <= scenario.target()));
            }
        }
        checks.add(belowHibernate(report));
        StatementCounts counts = report.verification() == null ? null : report.verification().activeRecordCounts();
        checks.add(counts == null
                ? new TargetCheck("S5 eager statements constant in users", "not counted", null)
                : new TargetCheck("S5 eager statements constant in users", String.format(Locale.ROOT,
                        "%d users: %d, %d users: %d", counts.fewUsers(), counts.eagerFew(), counts.manyUsers(), counts.eagerMany()),
                        counts.eagerConstant()));
        checks.add(completesInSmallHeap("S7 completes within -Xmx64m",
                report.measurement(Scenario.S7, Implementation.ACTIVERECORD4J)));
        return checks;
    }

    private static TargetCheck completesInSmallHeap(String target, Measurement stream) {
        return stream == null
                ? new TargetCheck(target, "not measured", null)
                : new TargetCheck(target, stream.succeeded()
                        ? String.format(Locale.ROOT, "completed, peak heap %.0f MB", stream.peakHeapMegabytes())
                        : "failed", stream.succeeded());
    }

    private static TargetCheck belowHibernate(DatabaseReport report) {
        List<String> misses = new ArrayList<>();
        int compared = 0;
        for (Scenario scenario : report.scenarios()) {
            double ours = report.ratio(scenario, Implementation.ACTIVERECORD4J);
            double hibernate = report.ratio(scenario, Implementation.HIBERNATE);
            if (Double.isNaN(ours) || Double.isNaN(hibernate)) {
                continue;
            }
            compared++;
            if (ours >= hibernate) {
                misses.add(String.format(Locale.ROOT, "%s (%.2f× vs %.2f×; client CPU %s vs %s)", scenario.label(), ours,
                        hibernate, cpuRatio(report, scenario, Implementation.ACTIVERECORD4J),
                        cpuRatio(report, scenario, Implementation.HIBERNATE)));
            }
        }
        String target = "Below Hibernate's ratio in every scenario";
        if (compared == 0) {
            return new TargetCheck(target, "not measured", null);
        }
        return misses.isEmpty()
                ? new TargetCheck(target, "below in all " + compared + " scenarios", true)
                : new TargetCheck(target, "not below in " + String.join(", ", misses), false);
    }

    private static String cpuRatio(DatabaseReport report, Scenario scenario, Implementation implementation) {
        double ratio = report.cpuRatio(scenario, implementation);
        return Double.isNaN(ratio) ? "–" : String.format(Locale.ROOT, "%.2f×", ratio);
    }
}

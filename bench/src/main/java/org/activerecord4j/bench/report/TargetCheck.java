package org.activerecord4j.bench.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.activerecord4j.bench.Implementation;
import org.activerecord4j.bench.Scenario;
import org.activerecord4j.bench.run.DatabaseReport;
import org.activerecord4j.bench.run.Measurement;
import org.activerecord4j.bench.run.Metric;
import org.activerecord4j.bench.run.Spread;
import org.activerecord4j.bench.run.StatementCounts;

/**
 * Issue 17's targets, and the async issue's, checked against one database's report. A verdict is given only
 * where the measured spread supports it; otherwise the check is {@link Verdict#UNDECIDED} and {@link #reason()}
 * says why, naming the database, scenario and implementations and the spread against the difference.
 *
 * @param target what is promised
 * @param outcome what was measured
 * @param verdict whether the promise holds
 * @param reason why the verdict is undecided, or null
 */
public record TargetCheck(String target, String outcome, Verdict verdict, String reason) {

    /** The peers the issue names, by implementation id and label, whether or not this build or run has them. */
    private static final List<String[]> NAMED_PEERS = List.of(new String[] {"jdbi", "Jdbi"},
            new String[] {"jooq", "jOOQ"}, new String[] {"hibernate", "Hibernate"});

    /** A ceiling on activerecord4j's ratio to JDBC. */
    private record Ceiling(Scenario scenario, Metric metric, double limit) {
    }

    /** activerecord4j's CPU ratio below a named peer's. */
    private record Below(Scenario scenario, String peerId, String peerLabel) {
    }

    private static final List<Ceiling> CEILINGS = List.of(
            new Ceiling(Scenario.S1, Metric.CPU, 1.10), new Ceiling(Scenario.S1, Metric.ALLOCATION, 1.10),
            new Ceiling(Scenario.S2, Metric.CPU, 1.10),
            new Ceiling(Scenario.S3, Metric.CPU, 1.10), new Ceiling(Scenario.S3, Metric.ALLOCATION, 1.10),
            new Ceiling(Scenario.S4, Metric.CPU, 1.20), new Ceiling(Scenario.S5_EAGER, Metric.CPU, 1.20),
            new Ceiling(Scenario.S6, Metric.CPU, 1.20), new Ceiling(Scenario.S7, Metric.CPU, 1.20));

    private static final List<Below> BELOW = List.of(new Below(Scenario.S1, "jdbi", "Jdbi"),
            new Below(Scenario.S2, "jdbi", "Jdbi"), new Below(Scenario.S2, "jooq", "jOOQ"),
            new Below(Scenario.S3, "jdbi", "Jdbi"));

    /**
     * Creates a check without a reason.
     *
     * @param target what is promised
     * @param outcome what was measured
     * @param verdict whether it holds
     */
    TargetCheck(String target, String outcome, Verdict verdict) {
        this(target, outcome, verdict, null);
    }

    /**
     * Checks issue 17's targets on {@code report}: activerecord4j's client CPU and allocation against JDBC and
     * against its peers, S7 within the small heap, S5 eager's statement count.
     *
     * @param report the report
     * @return one check per target
     */
    public static List<TargetCheck> of(DatabaseReport report) {
        List<TargetCheck> checks = new ArrayList<>();
        List<Scenario> scenarios = report.scenarios();
        for (Ceiling ceiling : CEILINGS) {
            if (scenarios.contains(ceiling.scenario())) {
                checks.add(atMost(report, ceiling.scenario(), Implementation.ACTIVERECORD4J,
                        report.ratio(ceiling.scenario(), Implementation.ACTIVERECORD4J, ceiling.metric()),
                        ceiling.metric(), ceiling.limit(), "JDBC"));
            }
        }
        for (Below below : BELOW) {
            if (scenarios.contains(below.scenario())) {
                checks.add(belowNamedPeer(report, below));
            }
        }
        if (scenarios.contains(Scenario.S7)) {
            checks.add(completesInSmallHeap("S7 completes within -Xmx64m",
                    report.measurement(Scenario.S7, Implementation.ACTIVERECORD4J)));
        }
        for (String[] named : NAMED_PEERS) {
            if (peer(report, named[0]).isEmpty()) {
                checks.add(new TargetCheck(everyScenarioTarget(named[1]), "not in this run", Verdict.UNCHECKED));
            }
        }
        for (Implementation peer : report.peers()) {
            checks.add(belowInEveryScenario(report, peer));
        }
        if (scenarios.contains(Scenario.S5_EAGER)) {
            StatementCounts counts = report.verification() == null ? null : report.verification().statementCounts(Implementation.ACTIVERECORD4J);
            checks.add(counts == null
                    ? new TargetCheck("S5 eager statements constant in users", "not counted", Verdict.UNCHECKED)
                    : new TargetCheck("S5 eager statements constant in users", String.format(Locale.ROOT,
                            "%d users: %d, %d users: %d", counts.fewUsers(), counts.eagerFew(), counts.manyUsers(),
                            counts.eagerMany()), counts.eagerConstant() ? Verdict.MET : Verdict.MISSED));
        }
        return checks;
    }

    /**
     * Checks the async twins' targets on {@code report}: each awaited twin's time within its ratio of the sync
     * calls, and S7's twin within the small heap.
     *
     * @param report the report
     * @return one check per target
     */
    public static List<TargetCheck> async(DatabaseReport report) {
        List<TargetCheck> checks = new ArrayList<>();
        for (Scenario scenario : report.scenarios()) {
            if (scenario.asyncTarget() != null) {
                checks.add(atMost(report, scenario, Implementation.ACTIVERECORD4J_ASYNC,
                        report.asyncRatio(scenario, Metric.WALL), Metric.WALL, scenario.asyncTarget(), "sync"));
            }
        }
        checks.add(completesInSmallHeap("S7 async completes within -Xmx64m",
                report.measurement(Scenario.S7, Implementation.ACTIVERECORD4J_ASYNC)));
        return checks;
    }

    /**
     * Returns the checks whose verdict the spread left open.
     *
     * @param checks the checks
     * @return the undecided ones
     */
    public static List<TargetCheck> undecided(List<TargetCheck> checks) {
        return checks.stream().filter(check -> check.verdict() == Verdict.UNDECIDED).toList();
    }

    private static TargetCheck atMost(DatabaseReport report, Scenario scenario, Implementation implementation,
            Spread ratio, Metric metric, double limit, String reference) {
        String target = String.format(Locale.ROOT, "%s %s ≤ %.2f× %s", scenario.label(), metric.label(), limit, reference);
        Verdict verdict = Verdict.atMost(ratio, limit);
        if (verdict == Verdict.UNCHECKED) {
            return new TargetCheck(target, "not measured", verdict);
        }
        String outcome = ratio.formatRatio() + "×";
        String reason = verdict != Verdict.UNDECIDED ? null : String.format(Locale.ROOT,
                "%s %s: %s %s ×%s %s straddles the target %.2f: spread %.2f (%d forks) is wider than the "
                        + "median's distance %.2f from the target",
                report.database().id(), scenario.label(), implementation.label(), metric.label(), reference, outcome,
                limit, ratio.width(), ratio.forks(), Math.abs(ratio.median() - limit));
        return new TargetCheck(target, outcome, verdict, reason);
    }

    private static TargetCheck belowNamedPeer(DatabaseReport report, Below below) {
        String target = below.scenario().label() + " client CPU below " + below.peerLabel() + "'s";
        Optional<Implementation> peer = peer(report, below.peerId());
        if (peer.isEmpty()) {
            return new TargetCheck(target, below.peerLabel() + " not in this run", Verdict.UNCHECKED);
        }
        Spread ours = report.ratio(below.scenario(), Implementation.ACTIVERECORD4J, Metric.CPU);
        Spread theirs = report.ratio(below.scenario(), peer.get(), Metric.CPU);
        Verdict.Comparison comparison = Verdict.compare(ours, theirs);
        if (comparison == null) {
            return new TargetCheck(target, "not measured", Verdict.UNCHECKED);
        }
        String outcome = String.format(Locale.ROOT, "%s× vs %s×: %s", ours.formatRatio(), theirs.formatRatio(),
                comparison.phrase());
        if (!Verdict.decisive(ours, theirs)) {
            return new TargetCheck(target, outcome, Verdict.INDICATIVE);
        }
        return switch (comparison) {
            case BELOW -> new TargetCheck(target, outcome, Verdict.MET);
            case ABOVE -> new TargetCheck(target, outcome, Verdict.MISSED);
            case WITHIN_SPREAD -> new TargetCheck(target, outcome, Verdict.UNDECIDED,
                    withinSpreadReason(report, below.scenario(), Metric.CPU, peer.get(), ours, theirs));
        };
    }

    private static String withinSpreadReason(DatabaseReport report, Scenario scenario, Metric metric,
            Implementation peer, Spread ours, Spread theirs) {
        return String.format(Locale.ROOT,
                "%s %s: %s %s ×JDBC %s against %s's %s: the difference of the medians, %.2f, is smaller than the "
                        + "spreads (%.2f and %.2f): the ranges overlap",
                report.database().id(), scenario.label(), Implementation.ACTIVERECORD4J.label(), metric.label(),
                ours.formatRatio(), peer.label(), theirs.formatRatio(), Math.abs(ours.median() - theirs.median()),
                ours.width(), theirs.width());
    }

    /**
     * activerecord4j against one peer in every scenario both ran, client CPU and allocation: missed where the
     * peer is below activerecord4j's whole range; where the ranges overlap, the outcome says "within spread"
     * and claims nothing.
     */
    private static TargetCheck belowInEveryScenario(DatabaseReport report, Implementation peer) {
        List<String> above = new ArrayList<>();
        List<String> within = new ArrayList<>();
        int below = 0;
        boolean decisive = true;
        for (Scenario scenario : report.scenarios()) {
            for (Metric metric : List.of(Metric.CPU, Metric.ALLOCATION)) {
                Spread ours = report.ratio(scenario, Implementation.ACTIVERECORD4J, metric);
                Spread theirs = report.ratio(scenario, peer, metric);
                Verdict.Comparison comparison = Verdict.compare(ours, theirs);
                if (comparison == null) {
                    continue;
                }
                decisive &= Verdict.decisive(ours, theirs);
                String figure = String.format(Locale.ROOT, "%s %s (%s× vs %s×)", scenario.label(),
                        metric == Metric.CPU ? "CPU" : "alloc", ours.formatRatio(), theirs.formatRatio());
                switch (comparison) {
                    case BELOW -> below++;
                    case WITHIN_SPREAD -> within.add(figure);
                    case ABOVE -> above.add(figure);
                }
            }
        }
        int compared = below + within.size() + above.size();
        String target = everyScenarioTarget(peer.label());
        if (compared == 0) {
            return new TargetCheck(target, "not measured", Verdict.UNCHECKED);
        }
        StringBuilder outcome = new StringBuilder().append(below).append(" of ").append(compared).append(" below");
        if (!above.isEmpty()) {
            outcome.append("; **above** in ").append(String.join(", ", above));
        }
        if (!within.isEmpty()) {
            outcome.append("; within spread in ").append(String.join(", ", within));
        }
        return new TargetCheck(target, outcome.toString(), !decisive ? Verdict.INDICATIVE
                : above.isEmpty() ? Verdict.MET : Verdict.MISSED);
    }

    private static String everyScenarioTarget(String peerLabel) {
        return "Below " + peerLabel + " in every scenario (CPU and allocation) where the difference exceeds the spread";
    }

    /** The implementation of that id if this build has it and the report measured it. */
    private static Optional<Implementation> peer(DatabaseReport report, String id) {
        return Arrays.stream(Implementation.values()).filter(implementation -> implementation.id().equals(id))
                .filter(report::measured).findFirst();
    }

    private static TargetCheck completesInSmallHeap(String target, Measurement stream) {
        if (stream == null) {
            return new TargetCheck(target, "not measured", Verdict.UNCHECKED);
        }
        if (stream.succeeded()) {
            return new TargetCheck(target, String.format(Locale.ROOT, "completed in all %d forks, peak heap %.0f MB",
                    stream.forks().size(), stream.peakHeapMegabytes()), Verdict.MET);
        }
        return new TargetCheck(target, "failed in " + stream.failedForks() + " of " + stream.forks().size() + " forks",
                Verdict.MISSED);
    }
}

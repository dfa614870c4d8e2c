package org.activerecord4j.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.activerecord4j.bench.report.ResultsFile;
import org.activerecord4j.bench.report.TargetCheck;
import org.activerecord4j.bench.run.BenchRun;
import org.activerecord4j.bench.run.DatabaseReport;

/**
 * The benchmark runner: {@code java -jar bench/target/benchmarks.jar --profile quick}. Prints one table
 * per database and writes RESULTS.md; see {@link BenchOptions#USAGE} for the options. Exits with status
 * {@value #SPREAD_CHECK_FAILED}, writing nothing, when the spread leaves a target undecided (unless
 * {@code --no-spread-check}).
 */
public final class BenchMain {

    /** The exit status of a run whose spread leaves a target undecided. */
    static final int SPREAD_CHECK_FAILED = 3;

    private BenchMain() {
    }

    /** The targets, of every part shown, that the spread leaves open. */
    private static List<TargetCheck> undecided(List<DatabaseReport> reports) {
        List<TargetCheck> undecided = new ArrayList<>();
        for (DatabaseReport report : reports) {
            if (ResultsFile.showsComparison(report)) {
                undecided.addAll(TargetCheck.undecided(TargetCheck.of(report)));
            }
            if (report.measured(Implementation.ACTIVERECORD4J_ASYNC)) {
                undecided.addAll(TargetCheck.undecided(TargetCheck.async(report)));
            }
        }
        return undecided;
    }

    /** The arguments as typed, with the note's text elided: it is quoted in full below the command. */
    private static String commandLine(String[] args) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            boolean noteText = i > 0 && args[i - 1].equals("--note");
            line.append(i == 0 ? "" : " ").append(noteText ? "\"…\"" : args[i]);
        }
        return line.toString();
    }

    /**
     * Runs the benchmarks.
     *
     * @param args see {@link BenchOptions#USAGE}
     * @throws Exception when a run fails
     */
    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.print(BenchOptions.USAGE);
            return;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        // Hibernate logs through JBoss Logging; route it to SLF4J so simplelogger.properties applies.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        long started = System.nanoTime();
        List<DatabaseReport> reports = new BenchRun(options, System.out).run(report -> {
            System.out.printf("%n== %s: %s%n%n", report.database().id(), report.version());
            if (ResultsFile.showsComparison(report)) {
                System.out.println(ResultsFile.comparisonSection(report));
            }
            if (report.measured(Implementation.ACTIVERECORD4J_ASYNC)) {
                System.out.printf("Async twins:%n%n%s%n", ResultsFile.asyncSection(report));
            }
        });
        Duration runtime = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("Total runtime: %d min %02d s%n", runtime.toMinutes(), runtime.toSecondsPart());
        List<TargetCheck> undecided = undecided(reports);
        if (options.spreadCheck() && !undecided.isEmpty()) {
            System.err.printf("%nSpread check failed: the spread over the forks is too wide to decide %d target(s):%n",
                    undecided.size());
            undecided.forEach(check -> System.err.println("- " + check.reason()));
            System.err.println("No verdict is stated and no results file written. Run again on a quieter machine or with "
                    + "--profile full, or pass --no-spread-check to report these targets as \"undecided\".");
            System.exit(SPREAD_CHECK_FAILED);
            return;
        }
        if (options.output() != null && !reports.isEmpty()) {
            String command = "java -jar bench/target/benchmarks.jar " + commandLine(args);
            ResultsFile.write(options.output(), options.profile().describe(),
                    command.trim(), options.note(), reports, runtime);
            System.out.println("Results written to " + options.output());
        }
    }
}

package org.activerecord4j.bench;

import java.time.Duration;
import java.util.List;
import org.activerecord4j.bench.report.ResultsFile;
import org.activerecord4j.bench.run.BenchRun;
import org.activerecord4j.bench.run.DatabaseReport;

/**
 * The benchmark runner: {@code java -jar bench/target/benchmarks.jar --profile quick}. Prints one table
 * per database and writes RESULTS.md; see {@link BenchOptions#USAGE} for the options.
 */
public final class BenchMain {

    private BenchMain() {
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
        if (options.output() != null && !reports.isEmpty()) {
            String command = "java -jar bench/target/benchmarks.jar " + commandLine(args);
            ResultsFile.write(options.output(), options.profile().name().toLowerCase(java.util.Locale.ROOT),
                    command.trim(), options.note(), reports, runtime);
            System.out.println("Results written to " + options.output());
        }
    }
}

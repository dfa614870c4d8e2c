package org.activerecord4j.bench.run;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.activerecord4j.bench.BenchOptions;
import org.activerecord4j.bench.Implementation;
import org.activerecord4j.bench.Scenario;
import org.activerecord4j.bench.data.DataGenerator;
import org.activerecord4j.bench.db.BenchDatabase;
import org.openjdk.jmh.runner.RunnerException;

/**
 * Runs the benchmarks on each reachable database in turn: makes sure the data is there, verifies the
 * implementations against each other, then measures every scenario with JMH. Not thread-safe.
 */
public final class BenchRun {

    private final BenchOptions options;
    private final PrintStream out;
    /** The hand-over floor, measured once per run when the async twin runs. */
    private HandOffFloor handOff;

    /**
     * Prepares a run.
     *
     * @param options the options
     * @param out where progress goes
     */
    public BenchRun(BenchOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /**
     * Runs every database named in the options, skipping the ones that cannot be reached.
     *
     * @param onReport called with each database's report as soon as it is complete
     * @return the reports
     * @throws Exception when generation, verification or JMH fails
     */
    public List<DatabaseReport> run(java.util.function.Consumer<DatabaseReport> onReport) throws Exception {
        Path logs = BenchDatabase.defaultSqliteFile().getParent().resolve("jmh-logs");
        Files.createDirectories(logs);
        JmhScenarioRunner runner = new JmhScenarioRunner(options.profile(), options.implementations(),
                options.forkArguments(), logs, out);
        List<DatabaseReport> reports = new ArrayList<>();
        for (BenchDatabase database : options.databases()) {
            if (!database.reachable()) {
                out.printf("[%s] not reachable at %s: skipped%n", database.id(), database.url());
                continue;
            }
            DatabaseReport report = run(database, runner, logs);
            reports.add(report);
            onReport.accept(report);
        }
        return reports;
    }

    private DatabaseReport run(BenchDatabase database, JmhScenarioRunner runner, Path logs)
            throws SQLException, RunnerException {
        String version = database.version();
        out.printf("[%s] %s%n", database.id(), version);
        new DataGenerator(database, out).ensure();
        if (options.showSql()) {
            SqlTrace.print(database, out);
        }
        Verification verification = null;
        if (options.verify()) {
            verification = Verification.run(database, options.implementations());
            out.printf("[%s] verification: %s%n", database.id(), verification.mismatches().isEmpty()
                    ? "checksums agree" : String.join("; ", verification.mismatches()));
        }
        List<Measurement> measurements = new ArrayList<>();
        for (Scenario scenario : options.scenarios()) {
            if (runner.running(scenario).isEmpty()) {
                out.printf("[%s] %-8s skipped: none of %s runs it%n", database.id(), scenario.label(),
                        options.implementations().stream().map(Implementation::id).toList());
                continue;
            }
            long started = System.nanoTime();
            List<Measurement> results = runner.run(database, scenario);
            measurements.addAll(results);
            StringBuilder line = new StringBuilder();
            for (Measurement measurement : results) {
                line.append(String.format(Locale.ROOT, "  %s %s", measurement.implementation().id(),
                        measurement.failedForks() == measurement.forks().size() ? "FAILED" : String.format(Locale.ROOT,
                                "CPU %.2f ms, %.0f KB, wall %.2f ms%s", measurement.cpuMillis(),
                                measurement.spread(Metric.ALLOCATION).median() / 1024, measurement.medianMillis(),
                                measurement.succeeded() ? "" : " (" + measurement.failedForks() + " forks FAILED)")));
            }
            out.printf("[%s] %-8s%s  (%.0f s, %d forks each; JMH logs: %s)%n", database.id(), scenario.label(), line,
                    (System.nanoTime() - started) / 1e9, runner.rounds(scenario), logs.resolve(database.id() + "-"
                            + scenario.name().toLowerCase(Locale.ROOT) + "-*.log"));
        }
        if (options.implementations().contains(Implementation.ACTIVERECORD4J_ASYNC) && handOff == null) {
            handOff = runner.measureHandOff();
            out.printf("[hand-off] a call handed to a fixed pool of %d threads and joined: %s%n", BenchDatabase.POOL_SIZE,
                    handOff.describe());
        }
        return new DatabaseReport(database, version, verification, measurements, handOff);
    }
}

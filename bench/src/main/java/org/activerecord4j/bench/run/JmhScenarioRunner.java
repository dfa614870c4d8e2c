package org.activerecord4j.bench.run;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.activerecord4j.bench.Implementation;
import org.activerecord4j.bench.Scenario;
import org.activerecord4j.bench.db.BenchDatabase;
import org.activerecord4j.bench.jmh.CpuTimeProfiler;
import org.activerecord4j.bench.jmh.HandOffBenchmark;
import org.activerecord4j.bench.jmh.PeakHeapProfiler;
import org.activerecord4j.bench.jmh.ScenarioBenchmarks;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs one scenario on one database through JMH's Java API, one JMH run per fork so that the forks of the
 * implementations take turns in rounds (see {@link Rotation}), and turns the results into {@link Measurement}s
 * with one {@link Measurement.Fork} per round. JMH's own output goes to a log file per fork. Not thread-safe.
 */
final class JmhScenarioRunner {

    /**
     * Replaced in extra fork arguments by {@code <database>-<scenario>-<implementation>} ({@code -<round>}
     * appended from the second round on), e.g. to name a flight recording.
     */
    static final String RUN_TOKEN = "{run}";
    /** JMH's GC profiler's bytes allocated per operation. */
    static final String ALLOCATION_LABEL = "gc.alloc.rate.norm";

    /** How JMH says that another JMH run holds its lock. */
    private static final String LOCK_MESSAGE = "Unable to acquire the JMH lock";
    private static final Duration LOCK_WAIT = Duration.ofMinutes(30);
    private static final long LOCK_POLL_MILLIS = 2_000;

    private final Profile profile;
    private final List<Implementation> implementations;
    private final List<String> extraForkArguments;
    private final Path logDirectory;
    private final PrintStream progress;

    JmhScenarioRunner(Profile profile, List<Implementation> implementations, List<String> extraForkArguments,
            Path logDirectory, PrintStream progress) {
        this.progress = progress;
        this.profile = profile;
        this.implementations = List.copyOf(implementations);
        this.extraForkArguments = List.copyOf(extraForkArguments);
        this.logDirectory = logDirectory;
    }

    /**
     * Measures {@code scenario} on {@code database} for every implementation. The profile's forks run as
     * rounds, each round one fork per implementation, in the run's order rotated by the round and the
     * scenario, so that no implementation always runs first or last and a slow spell of a shared machine
     * falls on all alike.
     *
     * @param database the database
     * @param scenario the scenario
     * @return one measurement per implementation that runs the scenario, in the order given
     * @throws RunnerException when JMH cannot run
     */
    List<Measurement> run(BenchDatabase database, Scenario scenario) throws RunnerException {
        Profile.Settings settings = profile.settings(scenario);
        List<Implementation> running = running(scenario);
        Map<Implementation, List<Measurement.Fork>> forks = new LinkedHashMap<>();
        running.forEach(implementation -> forks.put(implementation, new ArrayList<>()));
        for (int round = 0; round < settings.forks(); round++) {
            for (Implementation implementation : Rotation.order(running, round + scenario.ordinal())) {
                Collection<RunResult> results = runOnceUnlocked(options(database, scenario, implementation, settings,
                        round).build());
                forks.get(implementation).add(results.isEmpty() ? Measurement.Fork.failed(round)
                        : fork(round, results.iterator().next(), !scenario.cpuOverWholeFork()));
            }
        }
        List<Measurement> measurements = new ArrayList<>();
        forks.forEach((implementation, ofImplementation) -> measurements.add(
                new Measurement(scenario, implementation, ofImplementation)));
        return measurements;
    }

    /**
     * Returns the implementations of this run that run {@code scenario}, in the order given.
     *
     * @param scenario the scenario
     * @return the implementations, possibly none
     */
    List<Implementation> running(Scenario scenario) {
        return implementations.stream().filter(implementation -> implementation.runs(scenario)).toList();
    }

    /**
     * Returns how many rounds (forks per implementation) {@code scenario} runs.
     *
     * @param scenario the scenario
     * @return the number of rounds
     */
    int rounds(Scenario scenario) {
        return profile.settings(scenario).forks();
    }

    private ChainedOptionsBuilder options(BenchDatabase database, Scenario scenario, Implementation implementation,
            Profile.Settings settings, int round) {
        String run = database.id() + "-" + scenario.name().toLowerCase(Locale.ROOT) + "-" + implementation.id()
                + roundSuffix(round);
        ChainedOptionsBuilder options = common(settings, run)
                .include(Pattern.quote(ScenarioBenchmarks.class.getName() + "." + scenario.benchmark()) + "$")
                .param("database", database.id())
                .param("implementation", implementation.id())
                .param("scenario", scenario.name())
                .param("settleSeconds", Integer.toString(settings.settleSeconds()))
                .jvmArgs(forkArguments(scenario, run).toArray(String[]::new))
                .addProfiler(GCProfiler.class);
        if (scenario == Scenario.S7) {
            options.addProfiler(PeakHeapProfiler.class);
        }
        return options;
    }

    /** What every fork of this runner shares: one fork of the profile's iterations, CPU per operation, a log named {@code run}. */
    private ChainedOptionsBuilder common(Profile.Settings settings, String run) {
        return new OptionsBuilder()
                .mode(Mode.SampleTime)
                .timeUnit(TimeUnit.MILLISECONDS)
                .forks(1)
                .warmupIterations(settings.warmupIterations())
                .warmupTime(TimeValue.milliseconds(settings.warmupMillis()))
                .measurementIterations(settings.measurementIterations())
                .measurementTime(TimeValue.milliseconds(settings.measurementMillis()))
                .shouldFailOnError(false)
                .verbosity(VerboseMode.NORMAL)
                .output(logDirectory.resolve(run + ".log").toString())
                .addProfiler(CpuTimeProfiler.class);
    }

    private static String roundSuffix(int round) {
        return round > 0 ? "-" + (round + 1) : "";
    }

    /**
     * Measures the hand-over floor ({@link HandOffBenchmark}) with the fast scenarios' forks and one more warm-up
     * iteration, logging to {@code hand-off[-round].log}.
     *
     * @return the floor, µs per call
     * @throws RunnerException when JMH cannot run or a fork fails
     */
    HandOffFloor measureHandOff() throws RunnerException {
        Profile.Settings settings = profile.settings(Scenario.S1);
        double[] wallMicros = new double[settings.forks()];
        double[] cpuMicros = new double[settings.forks()];
        for (int round = 0; round < settings.forks(); round++) {
            Options options = common(settings, "hand-off" + roundSuffix(round))
                    .include(Pattern.quote(HandOffBenchmark.class.getName()) + "\\.")
                    .warmupIterations(settings.warmupIterations() + 1)
                    .jvmArgs(Scenario.defaultHeapArguments().toArray(String[]::new))
                    .build();
            Collection<RunResult> results = runOnceUnlocked(options);
            Measurement.Fork fork = results.isEmpty() ? Measurement.Fork.failed(round)
                    : fork(round, results.iterator().next(), true);
            if (Double.isNaN(fork.medianMillis())) {
                throw new RunnerException("The hand-over benchmark failed; see " + logDirectory.resolve("hand-off"
                        + roundSuffix(round) + ".log"));
            }
            wallMicros[round] = fork.medianMillis() * 1_000;
            cpuMicros[round] = fork.cpuMillis() * 1_000;
        }
        return new HandOffFloor(Spread.of(wallMicros), Spread.of(cpuMicros));
    }

    /**
     * Runs JMH, waiting while another JMH run on this machine holds JMH's lock ({@code /tmp/jmh.lock}, taken for
     * each of our forks): two benchmarks at once would distort each other, and failing would throw away the forks
     * measured so far. Gives up after {@link #LOCK_WAIT}.
     */
    private Collection<RunResult> runOnceUnlocked(Options options) throws RunnerException {
        long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
        boolean told = false;
        while (true) {
            try {
                return new Runner(options).run();
            } catch (RunnerException e) {
                if (e.getMessage() == null || !e.getMessage().contains(LOCK_MESSAGE) || System.nanoTime() > deadline) {
                    throw e;
                }
                if (!told) {
                    progress.println("Another JMH run holds " + System.getProperty("java.io.tmpdir")
                            + "/jmh.lock: waiting for it (up to " + LOCK_WAIT.toMinutes() + " min)…");
                    told = true;
                }
                try {
                    Thread.sleep(LOCK_POLL_MILLIS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /**
     * One fork's figures from its JMH result: the median of its samples and its profilers' figures. Its CPU time
     * per operation is, where {@code cpuPerIteration}, the median over its measured iterations of each one's CPU
     * time per operation, so that one iteration that a collection of the warm-up's garbage or a late compilation
     * fell into does not move the fork (the first measured iteration often ran several times slower than the
     * rest, for every implementation); else, for scenarios whose collections fall into some iterations only
     * ({@link Scenario#cpuOverWholeFork()}), the fork's total CPU time over its total operations.
     */
    private static Measurement.Fork fork(int round, RunResult result, boolean cpuPerIteration) {
        Statistics samples = result.getPrimaryResult().getStatistics();
        if (samples.getN() == 0) {
            return Measurement.Fork.failed(round);
        }
        Map<String, ?> secondary = result.getSecondaryResults();
        double[] cpuPerIterationMillis = result.getBenchmarkResults().stream()
                .flatMap(benchmark -> benchmark.getIterationResults().stream())
                .mapToDouble(iteration -> score(iteration.getSecondaryResults(), CpuTimeProfiler.LABEL))
                .toArray();
        double cpu = cpuPerOperation(cpuPerIteration, cpuPerIterationMillis,
                score(secondary, CpuTimeProfiler.TOTAL_LABEL), score(secondary, CpuTimeProfiler.OPERATIONS_LABEL));
        return new Measurement.Fork(round, samples.getPercentile(50.0), samples.getN(), cpu,
                score(secondary, ALLOCATION_LABEL), score(secondary, PeakHeapProfiler.LABEL));
    }

    /**
     * Returns a fork's CPU time per operation: the median of its iterations' figures, or its total over its
     * operations.
     *
     * @param medianOfIterations which of the two
     * @param perIterationMillis each measured iteration's CPU time per operation (NaN where it ran no operation)
     * @param totalMillis the CPU time of all measured iterations
     * @param operations the operations of all measured iterations
     * @return milliseconds per operation, NaN when the fork gave no figure
     */
    static double cpuPerOperation(boolean medianOfIterations, double[] perIterationMillis, double totalMillis,
            double operations) {
        if (medianOfIterations) {
            return Spread.of(perIterationMillis).median();
        }
        return operations > 0 ? totalMillis / operations : Double.NaN;
    }

    private static double score(Map<String, ?> secondary, String label) {
        return secondary.get(label) instanceof Result<?> result ? result.getScore() : Double.NaN;
    }

    private List<String> forkArguments(Scenario scenario, String run) {
        List<String> arguments = new ArrayList<>(scenario.heapArguments());
        arguments.add("-Dorg.jboss.logging.provider=slf4j");
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("ar4j.bench."))
                .sorted().forEach(name -> arguments.add("-D" + name + "=" + System.getProperty(name)));
        extraForkArguments.forEach(argument -> arguments.add(argument.replace(RUN_TOKEN, run)));
        return arguments;
    }
}

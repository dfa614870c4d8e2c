package org.activerecord4j.bench.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.activerecord4j.bench.Implementation;
import org.activerecord4j.bench.Scenario;
import org.activerecord4j.bench.db.BenchDatabase;
import org.activerecord4j.bench.jmh.CpuTimeProfiler;
import org.activerecord4j.bench.jmh.PeakHeapProfiler;
import org.activerecord4j.bench.jmh.ScenarioBenchmarks;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openjdk.jmh.util.MultisetStatistics;

/**
 * Runs one scenario on one database through JMH's Java API, forks of the implementations taking turns,
 * and turns the results into {@link Measurement}s. JMH's own output goes to a log file per round. Not thread-safe.
 */
final class JmhScenarioRunner {

    private static final List<String> HEAP = List.of("-Xms1g", "-Xmx1g");
    private static final List<String> SMALL_HEAP = List.of("-Xmx64m");
    /**
     * Replaced in extra fork arguments by {@code <database>-<scenario>} ({@code -<round>} appended from the
     * second round on), e.g. to name a flight recording.
     */
    static final String RUN_TOKEN = "{run}";

    private final Profile profile;
    private final List<Implementation> implementations;
    private final List<String> extraForkArguments;
    private final Path logDirectory;

    JmhScenarioRunner(Profile profile, List<Implementation> implementations, List<String> extraForkArguments,
            Path logDirectory) {
        this.profile = profile;
        this.implementations = List.copyOf(implementations);
        this.extraForkArguments = List.copyOf(extraForkArguments);
        this.logDirectory = logDirectory;
    }

    /**
     * Measures {@code scenario} on {@code database} for every implementation. The profile's forks run as
     * rounds, each round one fork per implementation in turn, so a slow spell of a shared machine falls
     * on all implementations alike instead of on whichever ran then; the samples of all rounds are pooled.
     *
     * @param database the database
     * @param scenario the scenario
     * @return one measurement per implementation that runs the scenario, in the order given
     * @throws RunnerException when JMH cannot run
     */
    List<Measurement> run(BenchDatabase database, Scenario scenario) throws RunnerException {
        Profile.Settings settings = profile.settings(scenario);
        List<Implementation> running = running(scenario);
        if (running.isEmpty()) {
            return List.of();
        }
        Map<Implementation, Pooled> pooled = new LinkedHashMap<>();
        running.forEach(implementation -> pooled.put(implementation, new Pooled()));
        for (int round = 1; round <= settings.forks(); round++) {
            for (RunResult result : new Runner(options(database, scenario, running, settings, round).build()).run()) {
                String id = result.getParams().getParam("implementation");
                running.stream().filter(implementation -> implementation.id().equals(id)).findFirst()
                        .ifPresent(implementation -> pooled.get(implementation).add(result));
            }
        }
        List<Measurement> measurements = new ArrayList<>();
        pooled.forEach((implementation, samples) -> measurements.add(samples.measurement(scenario, implementation)));
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

    private ChainedOptionsBuilder options(BenchDatabase database, Scenario scenario, List<Implementation> running,
            Profile.Settings settings, int round) {
        String run = database.id() + "-" + scenario.name().toLowerCase(java.util.Locale.ROOT) + (round > 1 ? "-" + round : "");
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(Pattern.quote(ScenarioBenchmarks.class.getName() + "." + scenario.benchmark()) + "$")
                .param("database", database.id())
                .param("implementation", running.stream().map(Implementation::id).toArray(String[]::new))
                .mode(Mode.SampleTime)
                .timeUnit(TimeUnit.MILLISECONDS)
                .forks(1)
                .warmupIterations(settings.warmupIterations())
                .warmupTime(TimeValue.seconds(settings.warmupSeconds()))
                .measurementIterations(settings.measurementIterations())
                .measurementTime(TimeValue.seconds(settings.measurementSeconds()))
                .jvmArgs(forkArguments(scenario, run).toArray(String[]::new))
                .shouldFailOnError(false)
                .verbosity(VerboseMode.NORMAL)
                .output(logDirectory.resolve(run + ".log").toString())
                .addProfiler(CpuTimeProfiler.class);
        if (scenario == Scenario.S7) {
            options.addProfiler(PeakHeapProfiler.class);
        }
        return options;
    }

    /**
     * One implementation's samples over all rounds, the highest peak heap any fork reported and the mean of
     * the forks' CPU time per operation.
     */
    private static final class Pooled {
        private final MultisetStatistics samples = new MultisetStatistics();
        private double peakHeap = Double.NaN;
        private double cpuMillisSum;
        private int cpuForks;

        void add(RunResult result) {
            Iterator<Map.Entry<Double, Long>> raw = result.getPrimaryResult().getStatistics().getRawData();
            while (raw.hasNext()) {
                Map.Entry<Double, Long> value = raw.next();
                samples.addValue(value.getKey(), value.getValue());
            }
            Result peak = result.getSecondaryResults().get(PeakHeapProfiler.LABEL);
            if (peak != null && !(peakHeap >= peak.getScore())) {
                peakHeap = peak.getScore();
            }
            Result cpu = result.getSecondaryResults().get(CpuTimeProfiler.LABEL);
            if (cpu != null) {
                cpuMillisSum += cpu.getScore();
                cpuForks++;
            }
        }

        Measurement measurement(Scenario scenario, Implementation implementation) {
            if (samples.getN() == 0) {
                return Measurement.failed(scenario, implementation);
            }
            double cpuMillis = cpuForks == 0 ? Double.NaN : cpuMillisSum / cpuForks;
            return new Measurement(scenario, implementation, samples.getPercentile(50.0), samples.getN(), peakHeap, cpuMillis);
        }
    }

    private List<String> forkArguments(Scenario scenario, String run) {
        List<String> arguments = new ArrayList<>(scenario == Scenario.S7 ? SMALL_HEAP : HEAP);
        arguments.add("-Dorg.jboss.logging.provider=slf4j");
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("ar4j.bench."))
                .sorted().forEach(name -> arguments.add("-D" + name + "=" + System.getProperty(name)));
        extraForkArguments.forEach(argument -> arguments.add(argument.replace(RUN_TOKEN, run)));
        return arguments;
    }
}

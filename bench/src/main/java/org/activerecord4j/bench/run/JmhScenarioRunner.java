package org.activerecord4j.bench.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.activerecord4j.bench.Implementation;
import org.activerecord4j.bench.Scenario;
import org.activerecord4j.bench.db.BenchDatabase;
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

/**
 * Runs one scenario on one database through JMH's Java API, one fork per implementation, and turns
 * the results into {@link Measurement}s. JMH's own output goes to a log file per run. Not thread-safe.
 */
final class JmhScenarioRunner {

    private static final List<String> HEAP = List.of("-Xms1g", "-Xmx1g");
    private static final List<String> SMALL_HEAP = List.of("-Xmx64m");
    /** Replaced in extra fork arguments by {@code <database>-<scenario>}, e.g. to name a flight recording. */
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

    List<Measurement> run(BenchDatabase database, Scenario scenario) throws RunnerException {
        Profile.Settings settings = profile.settings(scenario);
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(Pattern.quote(ScenarioBenchmarks.class.getName() + "." + scenario.benchmark()) + "$")
                .param("database", database.id())
                .param("implementation", implementations.stream().map(Implementation::id).toArray(String[]::new))
                .mode(Mode.SampleTime)
                .timeUnit(TimeUnit.MILLISECONDS)
                .forks(settings.forks())
                .warmupIterations(settings.warmupIterations())
                .warmupTime(TimeValue.seconds(settings.warmupSeconds()))
                .measurementIterations(settings.measurementIterations())
                .measurementTime(TimeValue.seconds(settings.measurementSeconds()))
                .jvmArgs(forkArguments(database, scenario).toArray(String[]::new))
                .shouldFailOnError(false)
                .verbosity(VerboseMode.NORMAL)
                .output(logDirectory.resolve(database.id() + "-" + scenario.name().toLowerCase(java.util.Locale.ROOT) + ".log").toString());
        if (scenario == Scenario.S7) {
            options.addProfiler(PeakHeapProfiler.class);
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        List<Measurement> measurements = new ArrayList<>();
        for (Implementation implementation : implementations) {
            measurements.add(results.stream()
                    .filter(result -> implementation.id().equals(result.getParams().getParam("implementation")))
                    .findFirst()
                    .map(result -> measurement(scenario, implementation, result))
                    .orElse(Measurement.failed(scenario, implementation)));
        }
        return measurements;
    }

    private static Measurement measurement(Scenario scenario, Implementation implementation, RunResult result) {
        var statistics = result.getPrimaryResult().getStatistics();
        Map<String, Result> secondary = result.getSecondaryResults();
        Result peak = secondary.get(PeakHeapProfiler.LABEL);
        return new Measurement(scenario, implementation, statistics.getPercentile(50.0), statistics.getN(),
                peak == null ? Double.NaN : peak.getScore());
    }

    private List<String> forkArguments(BenchDatabase database, Scenario scenario) {
        List<String> arguments = new ArrayList<>(scenario == Scenario.S7 ? SMALL_HEAP : HEAP);
        arguments.add("-Dorg.jboss.logging.provider=slf4j");
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("ar4j.bench."))
                .sorted().forEach(name -> arguments.add("-D" + name + "=" + System.getProperty(name)));
        String run = database.id() + "-" + scenario.name().toLowerCase(java.util.Locale.ROOT);
        extraForkArguments.forEach(argument -> arguments.add(argument.replace(RUN_TOKEN, run)));
        return arguments;
    }
}

package org.activerecord4j.bench.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.activerecord4j.bench.Scenario;
import org.activerecord4j.bench.jmh.CpuTimeProfiler;
import org.activerecord4j.bench.jmh.HandOffBenchmark;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * What handing one call to a fixed thread pool and joining it costs on this machine and JVM, without a database
 * ({@link HandOffBenchmark}): the least an awaited async call adds to its sync twin. Measured with the profile's
 * forks of the fast scenarios, one after another.
 *
 * @param wallMicros the median time per call over the forks, µs, with its min–max
 * @param cpuMicros the process's CPU time per call (every thread), µs, with its min–max
 */
public record HandOffFloor(Spread wallMicros, Spread cpuMicros) {

    /**
     * Measures the floor.
     *
     * @param profile the run's profile
     * @param logs where JMH's log goes ({@code hand-off[-round].log})
     * @return the floor
     * @throws RunnerException when JMH cannot run
     */
    static HandOffFloor measure(Profile profile, Path logs) throws RunnerException {
        Profile.Settings settings = profile.settings(Scenario.S2);
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int round = 0; round < settings.forks(); round++) {
            Options options = new OptionsBuilder()
                    .include(Pattern.quote(HandOffBenchmark.class.getName()) + "\\.")
                    .forks(1)
                    .warmupIterations(settings.warmupIterations() + 1)
                    .warmupTime(TimeValue.milliseconds(settings.warmupMillis()))
                    .measurementIterations(settings.measurementIterations())
                    .measurementTime(TimeValue.milliseconds(settings.measurementMillis()))
                    .jvmArgs("-Xms1g", "-Xmx1g")
                    .addProfiler(CpuTimeProfiler.class)
                    .shouldFailOnError(true)
                    .verbosity(VerboseMode.NORMAL)
                    .output(logs.resolve("hand-off" + (round > 0 ? "-" + (round + 1) : "") + ".log").toString())
                    .build();
            for (RunResult result : new Runner(options).run()) {
                wall.add(result.getPrimaryResult().getStatistics().getPercentile(50.0) * 1_000);
                Map<String, Result> secondary = result.getSecondaryResults();
                double operations = secondary.get(CpuTimeProfiler.OPERATIONS_LABEL).getScore();
                cpu.add(secondary.get(CpuTimeProfiler.TOTAL_LABEL).getScore() * 1_000 / operations);
            }
        }
        return new HandOffFloor(Spread.of(wall.stream().mapToDouble(Double::doubleValue).toArray()),
                Spread.of(cpu.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    /**
     * Returns the least ratio async/sync that {@code calls} awaited calls per operation allow.
     *
     * @param syncMillis the sync twin's time (or CPU time) per operation, ms
     * @param calls the awaited async calls per operation
     * @param perCallMicros the floor per call, µs
     * @return {@code (syncMillis + calls × perCall) / syncMillis}
     */
    public static double ratio(double syncMillis, int calls, double perCallMicros) {
        return (syncMillis + calls * perCallMicros / 1_000) / syncMillis;
    }

    /**
     * Describes the floor for the results file.
     *
     * @return e.g. {@code 20.1 (19.8–20.9) µs wall, 20.3 (20.0–21.0) µs CPU per call}
     */
    public String describe() {
        return String.format(Locale.ROOT, "%s µs wall, %s µs CPU per call", format(wallMicros), format(cpuMicros));
    }

    private static String format(Spread spread) {
        return spread.forks() > 1 && spread.max() > spread.min()
                ? String.format(Locale.ROOT, "%.1f (%.1f–%.1f)", spread.median(), spread.min(), spread.max())
                : String.format(Locale.ROOT, "%.1f", spread.median());
    }
}

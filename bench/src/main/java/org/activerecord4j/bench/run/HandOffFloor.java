package org.activerecord4j.bench.run;

import java.util.Locale;

/**
 * What handing one call to a fixed thread pool and joining it costs on this machine and JVM, without a database
 * ({@link org.activerecord4j.bench.jmh.HandOffBenchmark}): the least an awaited async call adds to its sync twin.
 * Measured by {@code JmhScenarioRunner#measureHandOff} with the profile's forks of the fast scenarios.
 *
 * @param wallMicros the median time per call over the forks, µs, with its min–max
 * @param cpuMicros the process's CPU time per call (every thread), µs, with its min–max
 */
public record HandOffFloor(Spread wallMicros, Spread cpuMicros) {

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

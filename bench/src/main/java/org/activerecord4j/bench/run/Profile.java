package org.activerecord4j.bench.run;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.activerecord4j.bench.Scenario;

/**
 * How long JMH measures: {@code quick}, one fork per implementation with short warm-up and measurement, to look
 * at; {@code full}, three forks per implementation in rotated rounds (see {@link Rotation}) with longer
 * iterations, so that every figure has a spread and the targets a verdict, for figures to publish.
 */
public enum Profile {

    /**
     * One fork, two seconds of warm-up (less leaves activerecord4j's and Hibernate's code paths half compiled
     * and their ratios inflated) and one measured second; S6 and S7: one operation each. Under ten minutes for
     * three databases and five implementations on two cores; its figures have no spread, so its verdicts are
     * only indicative.
     */
    QUICK(new Settings(1, 2, 1_000, 1, 1_000, 0), new Settings(1, 1, 1, 1, 1, 0), 1, 1_000),
    /**
     * Three forks in rotated rounds (five for S2 and S3, whose forks differ most; see
     * {@link Scenario#forksDiffer()}), each first running its operation until the JIT has settled (at most 20 s;
     * see {@code jmh.JitSettle}), then warm-up and measurement: figures with spreads, verdicts to publish. S3's
     * measured iterations last three seconds, so that each fork's CPU figure, its total over its operations
     * ({@link Scenario#cpuOverWholeFork()}), holds several collections even where an operation takes a quarter of
     * a second.
     */
    FULL(new Settings(3, 2, 1_000, 3, 1_000, 20), new Settings(3, 1, 1_000, 4, 1_000, 20), 5, 3_000);

    private final Settings fast;
    private final Settings slow;
    private final int forksWhereForksDiffer;
    /** How long a measured iteration of S3 lasts (see {@link Scenario#cpuOverWholeFork()}). */
    private final int wholeForkMeasurementMillis;

    Profile(Settings fast, Settings slow, int forksWhereForksDiffer, int wholeForkMeasurementMillis) {
        this.fast = fast;
        this.slow = slow;
        this.forksWhereForksDiffer = forksWhereForksDiffer;
        this.wholeForkMeasurementMillis = wholeForkMeasurementMillis;
    }

    /**
     * Finds a profile by name.
     *
     * @param name {@code quick} or {@code full}
     * @return the profile
     * @throws IllegalArgumentException naming the choices when there is none of that name
     */
    public static Profile byName(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown profile '" + name + "'; expected quick or full", e);
        }
    }

    /**
     * Describes the profile for the results file.
     *
     * @return e.g. {@code full: 3 forks per implementation in rotated rounds (S2, S3: 5), each first running its operation until
     *         the JIT is quiet (at most 20 s), 2 × 1000 ms warm-up, 3 × 1000 ms measured (S3: 3 × 3000 ms; S6, S7: 1 + 4
     *         iterations of at least one operation)}
     */
    public String describe() {
        String settle = fast.settleSeconds() > 0 ? String.format(Locale.ROOT, ", each first running its operation "
                + "until the JIT is quiet (at most %d s)", fast.settleSeconds()) : "";
        String moreForks = forksWhereForksDiffer != fast.forks() ? String.format(Locale.ROOT, " (%s: %d)",
                Arrays.stream(Scenario.values()).filter(Scenario::forksDiffer).map(Scenario::label)
                        .collect(Collectors.joining(", ")), forksWhereForksDiffer) : "";
        String longer = Arrays.stream(Scenario.values())
                .filter(scenario -> !scenario.slow() && settings(scenario).measurementMillis() != fast.measurementMillis())
                .map(scenario -> String.format(Locale.ROOT, "%s: %d × %d ms; ", scenario.label(),
                        settings(scenario).measurementIterations(), settings(scenario).measurementMillis()))
                .collect(Collectors.joining());
        return String.format(Locale.ROOT, "%s: %d forks per implementation in rotated rounds%s%s, %d × %d ms warm-up, "
                + "%d × %d ms measured (%sS6, S7: %d + %d iterations of at least one operation)",
                name().toLowerCase(Locale.ROOT), fast.forks(), moreForks, settle, fast.warmupIterations(),
                fast.warmupMillis(),
                fast.measurementIterations(), fast.measurementMillis(), longer, slow.warmupIterations(),
                slow.measurementIterations());
    }

    /**
     * Returns the settings of {@code scenario}: fewer iterations for the slow ones, more forks where forks differ.
     *
     * @param scenario the scenario
     * @return the settings
     */
    public Settings settings(Scenario scenario) {
        if (scenario.slow()) {
            return slow;
        }
        Settings settings = scenario.forksDiffer() ? fast.withForks(forksWhereForksDiffer) : fast;
        return scenario.cpuOverWholeFork() ? settings.withMeasurementMillis(wholeForkMeasurementMillis) : settings;
    }

    /**
     * JMH settings of one scenario; an iteration lasts at least its time and at least one operation.
     *
     * @param forks JVM forks per implementation, run as that many rounds
     * @param warmupIterations warm-up iterations
     * @param warmupMillis milliseconds per warm-up iteration
     * @param measurementIterations measured iterations
     * @param measurementMillis milliseconds per measured iteration
     * @param settleSeconds the longest a fork may run its operation, before warm-up, until the JIT is quiet; 0 for
     *     no such phase
     */
    public record Settings(int forks, int warmupIterations, int warmupMillis, int measurementIterations,
            int measurementMillis, int settleSeconds) {

        /**
         * Returns these settings with another number of forks.
         *
         * @param forks JVM forks per implementation
         * @return the settings
         */
        public Settings withForks(int forks) {
            return new Settings(forks, warmupIterations, warmupMillis, measurementIterations, measurementMillis,
                    settleSeconds);
        }

        /**
         * Returns these settings with measured iterations of another length.
         *
         * @param millis milliseconds per measured iteration
         * @return the settings
         */
        public Settings withMeasurementMillis(int millis) {
            return new Settings(forks, warmupIterations, warmupMillis, measurementIterations, millis, settleSeconds);
        }
    }
}

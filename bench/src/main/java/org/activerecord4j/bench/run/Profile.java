package org.activerecord4j.bench.run;

import java.util.Locale;
import org.activerecord4j.bench.Scenario;

/**
 * How long JMH measures: {@code quick} fits all three databases in under ten minutes on two cores;
 * {@code full} takes more forks and iterations for figures to publish.
 */
public enum Profile {

    /** One fork, short warm-up and measurement; about three minutes per database. */
    QUICK(new Settings(1, 2, 1, 3, 1), new Settings(1, 1, 1, 2, 1)),
    /** Two rounds of forks the implementations take turn in, longer warm-up and measurement; about ten minutes per database. */
    FULL(new Settings(2, 4, 1, 8, 1), new Settings(2, 2, 1, 5, 1));

    private final Settings fast;
    private final Settings slow;

    Profile(Settings fast, Settings slow) {
        this.fast = fast;
        this.slow = slow;
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
     * Returns the settings of {@code scenario}: fewer iterations for the slow ones.
     *
     * @param scenario the scenario
     * @return the settings
     */
    public Settings settings(Scenario scenario) {
        return scenario.slow() ? slow : fast;
    }

    /**
     * JMH settings of one scenario; an iteration lasts at least its time and at least one operation.
     *
     * @param forks JVM forks per implementation
     * @param warmupIterations warm-up iterations
     * @param warmupSeconds seconds per warm-up iteration
     * @param measurementIterations measured iterations
     * @param measurementSeconds seconds per measured iteration
     */
    public record Settings(int forks, int warmupIterations, int warmupSeconds, int measurementIterations,
            int measurementSeconds) {
    }
}

package org.activerecord4j.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of the database one test run creates on each server: {@code ar4j_test_<epoch seconds>_<random>},
 * so concurrent runs never share one and a database left by a crashed run can be told by its age.
 */
public record RunDatabaseName(String name, Instant created) {

    /** How old a run's database must be before another run may drop it: far beyond any run's length. */
    public static final Duration STALE_AFTER = Duration.ofDays(1);

    private static final Pattern FORMAT = Pattern.compile("ar4j_test_(\\d{1,19})_[0-9a-z]+");

    /**
     * Creates a fresh name for a run starting at {@code now}.
     *
     * @param now the run's start
     * @return the name
     */
    public static RunDatabaseName startingAt(Instant now) {
        String random = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
        return new RunDatabaseName("ar4j_test_" + now.getEpochSecond() + "_" + random, now);
    }

    /**
     * Reads a database name written by {@link #startingAt(Instant)}.
     *
     * @param name a database name
     * @return the name with its creation time, or empty when another program named it
     */
    public static Optional<RunDatabaseName> parse(String name) {
        Matcher matcher = FORMAT.matcher(name);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RunDatabaseName(name, Instant.ofEpochSecond(Long.parseLong(matcher.group(1)))));
        } catch (RuntimeException outOfRange) {
            return Optional.empty();
        }
    }

    /**
     * Returns whether the run that created this database is surely over.
     *
     * @param now the current time
     * @return true when it was created more than {@link #STALE_AFTER} ago
     */
    public boolean isStaleAt(Instant now) {
        return created.plus(STALE_AFTER).isBefore(now);
    }
}

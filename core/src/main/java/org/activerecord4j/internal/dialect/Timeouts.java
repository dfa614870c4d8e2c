package org.activerecord4j.internal.dialect;

import java.time.Duration;

/**
 * How long each kind of wait may last before it fails; {@link Duration#ZERO} means no limit. Immutable.
 *
 * @param connect opening a connection, login included
 * @param socket waiting for the server to answer on an open connection
 * @param statement one statement running on the server
 * @param lock waiting for a row or table lock (SQLite: for the database's write lock)
 * @param acquire waiting for a connection from the pool
 */
public record Timeouts(Duration connect, Duration socket, Duration statement, Duration lock, Duration acquire) {

    /** The defaults: 10 s to connect, 90 s socket, 60 s per statement, 10 s per lock wait, 30 s for the pool. */
    public static final Timeouts DEFAULTS = new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(90),
            Duration.ofSeconds(60), Duration.ofSeconds(10), Duration.ofSeconds(30));

    /**
     * Returns a duration in whole seconds, rounded up, for drivers and servers that count in seconds.
     *
     * @param duration the duration
     * @return seconds, at least 1 unless the duration is zero
     */
    public static long seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis == 0 ? 0 : (millis + 999) / 1000;
    }
}

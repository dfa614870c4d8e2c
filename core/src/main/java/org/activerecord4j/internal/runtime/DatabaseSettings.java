package org.activerecord4j.internal.runtime;

import java.time.Duration;
import java.util.concurrent.Executor;
import org.activerecord4j.internal.dialect.Timeouts;

/**
 * What a {@code Database} is opened with, as the public builder collected it. Immutable.
 *
 * @param url the JDBC URL
 * @param user the user, or null
 * @param password the password, or null
 * @param maximumPoolSize the most connections
 * @param connectTimeout opening a connection, login included
 * @param socketTimeout the server's answer on an open connection
 * @param statementTimeout one statement on the server
 * @param lockTimeout a lock wait
 * @param acquireTimeout a free connection from the pool
 * @param redactParameters whether messages and the SQL log hide bound values
 * @param slowStatementThreshold the SQL log's WARN threshold; zero for none
 * @param strictLoading whether strict loading is on by default
 * @param asyncExecutor the executor async calls run their statements on, or null for the database's own
 */
public record DatabaseSettings(String url, String user, String password, int maximumPoolSize, Duration connectTimeout,
        Duration socketTimeout, Duration statementTimeout, Duration lockTimeout, Duration acquireTimeout,
        boolean redactParameters, Duration slowStatementThreshold, boolean strictLoading, Executor asyncExecutor) {

    /**
     * Returns the settings a builder starts from: a pool of 10, the default timeouts, values redacted, a
     * one-second slow-statement threshold, strict loading off.
     *
     * @param url the JDBC URL
     * @return the defaults
     */
    public static DatabaseSettings defaults(String url) {
        Timeouts defaults = Timeouts.DEFAULTS;
        return new DatabaseSettings(url, null, null, 10, defaults.connect(), defaults.socket(), defaults.statement(),
                defaults.lock(), defaults.acquire(), true, Duration.ofSeconds(1), false, null);
    }

    Timeouts timeouts() {
        return new Timeouts(connectTimeout, socketTimeout, statementTimeout, lockTimeout, acquireTimeout);
    }
}

package org.activerecord4j.internal.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.internal.dialect.Dialect;

/** Opens the HikariCP pool of a database with its dialect's driver settings and the configured timeouts. */
final class ConnectionPools {

    /** Hikari's own floor for its acquisition and validation timeouts. */
    private static final long HIKARI_MIN_TIMEOUT_MILLIS = 250;

    private ConnectionPools() {
    }

    /**
     * Opens a pool and its first connection, so a wrong URL or an unreachable server fails here.
     *
     * @param settings URL, credentials, size, timeouts
     * @param dialect the database's dialect
     * @return the open pool
     * @throws ActiveRecordException naming the URL (without password) when the first connection fails
     */
    static HikariDataSource open(PoolSettings settings, Dialect dialect, boolean redactValues) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(dialect.driverUrl(settings.url()));
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setPoolName("activerecord4j-" + dialect.name());
        boolean memory = dialect.singleConnection(settings.url());
        config.setMaximumPoolSize(memory ? 1 : settings.maximumPoolSize());
        if (memory) {
            // Each connection is its own database (SQLite's :memory:): keep the one connection for ever.
            config.setMaxLifetime(0);
            config.setIdleTimeout(0);
        }
        long acquire = settings.timeouts().acquire().toMillis();   // the builder refuses one under Hikari's floor
        config.setConnectionTimeout(acquire);
        config.setValidationTimeout(Math.max(HIKARI_MIN_TIMEOUT_MILLIS, Math.min(acquire - 1,
                settings.timeouts().connect().isZero() ? 5_000 : settings.timeouts().connect().toMillis())));
        dialect.driverProperties(settings.url(), settings.timeouts(), redactValues).forEach(config::addDataSourceProperty);
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new ActiveRecordException("Cannot open a connection to " + settings.safeUrl() + ": " + cause.getMessage(), e);
        }
    }
}

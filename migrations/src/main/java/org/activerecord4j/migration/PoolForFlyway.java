package org.activerecord4j.migration;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The pool of a {@code Database} as Flyway sees it for one command: it remembers why the pool gave Flyway no
 * connection, which Flyway's own exception does not tell apart from a failed migration. Not thread-safe beyond
 * what the pool is; one Flyway command uses it.
 */
final class PoolForFlyway implements DataSource {

    private final DataSource pool;
    private SQLException refusal;

    PoolForFlyway(DataSource pool) {
        this.pool = pool;
    }

    /**
     * Returns why the pool last gave no connection.
     *
     * @return the pool's exception (a timeout, or the failure to connect), or null when every request was served
     */
    SQLException refusal() {
        return refusal;
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            refusal = e;
            throw e;
        }
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        // The pool has its user; another would bypass it.
        throw new SQLFeatureNotSupportedException("Migrations connect with the database's own user");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || pool.isWrapperFor(type);
    }
}

package org.activerecord4j.internal.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.internal.sql.SqlStatement;

/**
 * An open result set read with the driver's cursor, a fetch size at a time, so a large result is
 * never held whole. Outside a transaction it owns its connection (PostgreSQL only streams inside a
 * transaction, so it opens one). Not thread-safe; close it.
 */
public final class Cursor implements AutoCloseable {

    private final Engine engine;
    private final SqlStatement statement;
    private final long started = System.nanoTime();
    private final Connection connection;
    private final boolean ownsConnection;
    private final PreparedStatement prepared;
    private final ResultSet resultSet;
    private long rows;
    private boolean closed;

    Cursor(Engine engine, SqlStatement statement, Connection connection, boolean ownsConnection, int fetchSize)
            throws SQLException {
        this.engine = engine;
        this.statement = statement;
        this.connection = connection;
        this.ownsConnection = ownsConnection;
        try {
            if (ownsConnection) {
                connection.setAutoCommit(false);
            }
            this.prepared = connection.prepareStatement(statement.sql(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            prepared.setFetchSize(fetchSize);
            Engine.bind(prepared, statement.parameters());
            this.resultSet = prepared.executeQuery();
        } catch (SQLException e) {
            release();
            throw e;
        }
    }

    /**
     * Moves to the next row.
     *
     * @return false when there are no more rows
     */
    public boolean next() {
        try {
            boolean more = resultSet.next();
            if (more) {
                rows++;
            }
            return more;
        } catch (SQLException e) {
            throw engine.failure(statement, started, e);
        }
    }

    /**
     * Returns the result set on the current row.
     *
     * @return the result set
     */
    public ResultSet row() {
        return resultSet;
    }

    /**
     * Runs queries of {@code work} while this cursor stays open: on the cursor's own connection where
     * the database can interleave them with the cursor (SQLite, PostgreSQL), so that even a one-connection
     * pool works; on another connection where it cannot (MariaDB's driver would first read every remaining
     * row of the cursor into memory).
     *
     * @param work the work
     */
    public void beside(Runnable work) {
        if (engine.dialect().queriesBesideCursor()) {
            engine.onConnection(connection, work);
        } else {
            work.run();
        }
    }

    /** Closes the result set, the statement and an owned connection, and reports the statement. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            resultSet.close();
            prepared.close();
        } catch (SQLException e) {
            throw new ActiveRecordException("Closing a cursor failed: " + e.getMessage(), e);
        } finally {
            release();
            engine.report(statement, started, rows, 1, false);
        }
    }

    private void release() {
        if (!ownsConnection) {
            return;
        }
        try (connection) {
            connection.commit();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new ActiveRecordException("Releasing a cursor's connection failed: " + e.getMessage(), e);
        }
    }
}

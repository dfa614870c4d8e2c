package org.activerecord4j.internal.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.Database;
import org.activerecord4j.StatementEvent;
import org.activerecord4j.StatementFailedException;
import org.activerecord4j.StatementListener;
import org.activerecord4j.TransactionAction;
import org.activerecord4j.TransactionBody;
import org.activerecord4j.internal.dialect.Dialect;
import org.activerecord4j.internal.sql.Parameter;
import org.activerecord4j.internal.sql.SqlStatement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The working half of a {@link Database}: its pool, dialect, listeners and the transaction bound to
 * each thread; runs statements and reports them. Thread-safe.
 */
public final class Engine {

    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    private final Database database;
    private final HikariDataSource dataSource;
    private final Dialect dialect;
    private final boolean redactParameters;
    private final List<StatementListener> listeners = new CopyOnWriteArrayList<>();
    private final ThreadLocal<Transaction> transaction = new ThreadLocal<>();
    private final ThreadLocal<Connection> pinned = new ThreadLocal<>();
    private final StatementCache statements;

    /**
     * Creates the engine of {@code database}.
     *
     * @param database the public facade
     * @param dataSource the pool
     * @param dialect the dialect
     * @param redactParameters whether messages and events hide bound values
     */
    public Engine(Database database, HikariDataSource dataSource, Dialect dialect, boolean redactParameters) {
        this.database = database;
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.redactParameters = redactParameters;
        this.statements = new StatementCache(dialect.statementCacheSize());
    }

    /**
     * Returns the public facade.
     *
     * @return the database
     */
    public Database database() {
        return database;
    }

    /**
     * Returns the dialect.
     *
     * @return the dialect
     */
    public Dialect dialect() {
        return dialect;
    }

    /**
     * Returns the pool.
     *
     * @return the data source
     */
    public HikariDataSource dataSource() {
        return dataSource;
    }

    /**
     * Adds a listener.
     *
     * @param listener the listener
     * @return removes the listener when closed
     */
    public AutoCloseable addListener(StatementListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * Runs {@code work} with this thread's transaction connection, or a pooled one returned afterwards.
     *
     * @param work the work
     * @param <R> the result
     * @return the work's result
     * @throws SQLException when the driver fails
     */
    public <R> R withConnection(ConnectionWork<R> work) throws SQLException {
        Transaction current = transaction.get();
        if (current != null) {
            return work.run(current.connection);
        }
        Connection pinnedConnection = pinned.get();
        if (pinnedConnection != null) {
            return work.run(pinnedConnection);
        }
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        }
    }

    /**
     * Runs {@code work} with this thread's statements on {@code connection} instead of a pooled one
     * (a transaction still uses its own).
     *
     * @param connection a connection this thread holds, e.g. an open cursor's
     * @param work the work
     */
    public void onConnection(Connection connection, Runnable work) {
        Connection previous = pinned.get();
        pinned.set(connection);
        try {
            work.run();
        } finally {
            if (previous == null) {
                pinned.remove();
            } else {
                pinned.set(previous);
            }
        }
    }

    /**
     * Opens a cursor over {@code statement}, reading {@code fetchSize} rows at a time.
     *
     * @param statement the query
     * @param fetchSize rows per round trip
     * @return the open cursor; close it
     */
    public Cursor cursor(SqlStatement statement, int fetchSize) {
        long started = System.nanoTime();
        try {
            Transaction current = transaction.get();
            if (current != null) {
                return new Cursor(this, statement, current.connection, false, fetchSize);
            }
            return new Cursor(this, statement, dataSource.getConnection(), true, fetchSize);
        } catch (SQLException e) {
            throw failure(statement, started, e);
        }
    }

    /**
     * Runs a query, handing each row to {@code handler}.
     *
     * @param statement the query
     * @param handler reads each row
     * @return the number of rows read
     */
    public long query(SqlStatement statement, RowHandler handler) {
        return run(statement, prepared -> {
            long count = 0;
            try (ResultSet resultSet = prepared.executeQuery()) {
                while (resultSet.next()) {
                    handler.row(resultSet);
                    count++;
                }
            }
            return count;
        });
    }

    /**
     * Runs an INSERT, UPDATE, DELETE or DDL statement.
     *
     * @param statement the statement
     * @return the number of rows affected
     */
    public long update(SqlStatement statement) {
        return run(statement, PreparedStatement::executeLargeUpdate);
    }

    /** Executes a bound statement and counts the rows it read or changed. */
    @FunctionalInterface
    private interface Execution {
        long execute(PreparedStatement prepared) throws SQLException;
    }

    /** Prepares (or takes from the cache), binds and executes {@code statement}, then reports it. */
    private long run(SqlStatement statement, Execution execution) {
        long started = System.nanoTime();
        try {
            long rows = withConnection(connection -> {
                PreparedStatement prepared = statements.prepare(connection, statement.sql());
                boolean succeeded = false;
                try {
                    bind(prepared, statement.parameters());
                    long count = execution.execute(prepared);
                    succeeded = true;
                    return count;
                } finally {
                    statements.release(prepared, statement.sql(), succeeded);
                }
            });
            report(statement, started, rows, 1, false);
            return rows;
        } catch (SQLException e) {
            throw failure(statement, started, e);
        }
    }

    /**
     * Binds parameters in order.
     *
     * @param prepared the statement
     * @param parameters the parameters
     * @throws SQLException when the driver refuses one
     */
    public static void bind(PreparedStatement prepared, List<Parameter> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Parameter parameter = parameters.get(i);
            parameter.handler().bindNullable(prepared, i + 1, parameter.value());
        }
    }

    /**
     * Tells the listeners a statement ran.
     *
     * @param statement what ran
     * @param startedNanos {@link System#nanoTime()} before it ran
     * @param rows rows read or affected
     * @param batchSize parameter sets sent
     * @param failed whether it failed
     */
    public void report(SqlStatement statement, long startedNanos, long rows, int batchSize, boolean failed) {
        if (listeners.isEmpty()) {
            return;
        }
        StatementEvent event = new StatementEvent(dialect.name(), statement.sql(), visibleValues(statement),
                Duration.ofNanos(System.nanoTime() - startedNanos), rows, batchSize, failed);
        for (StatementListener listener : listeners) {
            try {
                listener.onStatement(event);
            } catch (RuntimeException e) {
                LOG.warn("Statement listener {} failed; ignored", listener, e);
            }
        }
    }

    /**
     * Reports a failed statement and builds the exception that carries its SQL and values.
     *
     * @param statement what failed
     * @param startedNanos when it started
     * @param cause the driver's exception
     * @return the exception to throw
     */
    public StatementFailedException failure(SqlStatement statement, long startedNanos, SQLException cause) {
        report(statement, startedNanos, 0, 1, true);
        List<Object> values = visibleValues(statement);
        return new StatementFailedException("Statement failed on " + dialect.name() + ": " + cause.getMessage()
                + "\n  SQL: " + statement.sql() + "\n  Parameters: " + values, statement.sql(), values, cause);
    }

    private List<Object> visibleValues(SqlStatement statement) {
        List<Object> values = statement.values();
        return redactParameters ? Collections.nCopies(values.size(), "?") : values;
    }

    /**
     * Runs {@code body} in a transaction: joins the thread's open one, or opens, commits or rolls back
     * its own. A nested block that throws marks the whole transaction for rollback.
     *
     * @param body the block
     * @param <R> its result
     * @param <X> its checked exception
     * @return the block's result
     * @throws X the block's exception, unchanged
     */
    public <R, X extends Exception> R transaction(TransactionBody<R, X> body) throws X {
        Transaction current = transaction.get();
        if (current != null) {
            try {
                return body.run();
            } catch (Throwable failure) {
                current.nestedFailure = failure;
                throw failure;
            }
        }
        Connection connection = open();
        Transaction opened = new Transaction(connection);
        transaction.set(opened);
        R result;
        try {
            result = body.run();
        } catch (Throwable failure) {
            transaction.remove();
            rollbackAndClose(connection, failure);
            throw failure;
        }
        transaction.remove();
        if (opened.nestedFailure != null) {
            ActiveRecordException rolledBack = new ActiveRecordException("Transaction rolled back: a nested "
                    + "transaction block failed with " + opened.nestedFailure, opened.nestedFailure);
            rollbackAndClose(connection, rolledBack);
            throw rolledBack;
        }
        commitAndClose(connection);
        return result;
    }

    /**
     * Runs {@code action} in a transaction; see {@link #transaction(TransactionBody)}.
     *
     * @param action the block
     * @param <X> its checked exception
     * @throws X the block's exception, unchanged
     */
    public <X extends Exception> void transaction(TransactionAction<X> action) throws X {
        transaction((TransactionBody<Void, X>) () -> {
            action.run();
            return null;
        });
    }

    private Connection open() {
        try {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            throw new ActiveRecordException("Cannot begin a transaction on " + dialect.name() + ": " + e.getMessage(), e);
        }
    }

    private void commitAndClose(Connection connection) {
        try (connection) {
            connection.commit();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new ActiveRecordException("Commit failed on " + dialect.name() + ": " + e.getMessage(), e);
        }
    }

    private static void rollbackAndClose(Connection connection, Throwable failure) {
        try (connection) {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** Closes the pool. */
    public void close() {
        dataSource.close();
        statements.clear();
    }
}

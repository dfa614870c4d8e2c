package org.activerecord4j.internal.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.Database;
import org.activerecord4j.ListenerRegistration;
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
 * The working half of a {@link Database}: its pool, dialect and listeners; runs statements on the right
 * connection (the thread's transaction's, a connection pinned by an open cursor, or a pooled one), logs and
 * reports them. A connection the server closed is never used for a statement: reads that fail on one
 * before reading a row are run again on a fresh connection, and writes and transactions outside a
 * transaction check their connection first. Thread-safe.
 */
public final class Engine {

    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);
    private static final Logger SQL_LOG = LoggerFactory.getLogger("org.activerecord4j.sql");

    private final Database database;
    private final HikariDataSource dataSource;
    private final Dialect dialect;
    private final PoolSettings settings;
    private final boolean redactParameters;
    private final long slowStatementNanos;
    private final List<StatementListener> listeners = new CopyOnWriteArrayList<>();
    private final ThreadLocal<Connection> pinned = new ThreadLocal<>();
    private final ThreadLocal<Connection> besideCursor = new ThreadLocal<>();
    /** How many of this pool's connections the current thread holds, so it never waits for one it holds itself. */
    private final ThreadLocal<int[]> held = ThreadLocal.withInitial(() -> new int[1]);
    private final StatementCache statements;
    private volatile boolean strictLoading;

    /**
     * Opens the pool of {@code database}.
     *
     * @param database the public facade
     * @param settings URL, credentials, pool size and timeouts
     * @param dialect the dialect
     * @param redactParameters whether messages and the SQL log hide bound values
     * @param slowStatementThreshold statements slower than this are logged at WARN; zero for never
     * @param strictLoading whether strict loading is on by default
     * @throws ActiveRecordException naming the URL when the first connection fails
     */
    public Engine(Database database, PoolSettings settings, Dialect dialect, boolean redactParameters,
            Duration slowStatementThreshold, boolean strictLoading) {
        this.database = database;
        this.settings = settings;
        this.dialect = dialect;
        this.redactParameters = redactParameters;
        this.slowStatementNanos = slowStatementThreshold.isZero() ? Long.MAX_VALUE : slowStatementThreshold.toNanos();
        this.strictLoading = strictLoading;
        this.statements = new StatementCache(dialect.statementCacheSize());
        this.dataSource = ConnectionPools.open(settings, dialect);
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
     * Returns the database's name and URL without password, for messages.
     *
     * @return e.g. {@code postgresql jdbc:postgresql://127.0.0.1/app}
     */
    public String describe() {
        return dialect.name() + " " + settings.safeUrl();
    }

    /**
     * Returns whether strict loading is on by default for this database.
     *
     * @return true when it is
     */
    public boolean strictLoading() {
        return strictLoading;
    }

    /**
     * Turns strict loading on or off by default for this database.
     *
     * @param strict true for on
     */
    public void strictLoading(boolean strict) {
        this.strictLoading = strict;
    }

    /**
     * Adds a listener.
     *
     * @param listener the listener
     * @return removes the listener when closed
     */
    public ListenerRegistration addListener(StatementListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * Runs {@code body} in a transaction on this database; see {@link Transaction#run}.
     *
     * @param body the block
     * @param <R> its result
     * @param <X> its checked exception
     * @return the block's result
     * @throws X the block's exception, unchanged
     */
    public <R, X extends Exception> R transaction(TransactionBody<R, X> body) throws X {
        return Transaction.run(this, body::run);
    }

    /**
     * Runs {@code action} in a transaction on this database; see {@link Transaction#run}.
     *
     * @param action the block
     * @param <X> its checked exception
     * @throws X the block's exception, unchanged
     */
    public <X extends Exception> void transaction(TransactionAction<X> action) throws X {
        Transaction.run(this, () -> {
            action.run();
            return null;
        });
    }

    /**
     * Runs {@code body} in a transaction on the database of its first statement (or joins the open one).
     *
     * @param body the block
     * @param <R> its result
     * @param <X> its checked exception
     * @return the block's result
     * @throws X the block's exception, unchanged
     */
    public static <R, X extends Exception> R transactionOnFirstUse(TransactionBody<R, X> body) throws X {
        return Transaction.run(null, body::run);
    }

    /**
     * Remembers how to put {@code record} back as it is now should the thread's transaction on this database
     * roll back; binds a transaction that has not run a statement yet to this database.
     *
     * @param record the record a write is about to change
     * @param capture captures its state and returns the action that restores it
     * @param <U> the undo action
     * @return the undo action kept for the record in this transaction, or null outside a transaction
     * @throws ActiveRecordException when the thread's transaction runs on another database
     */
    public <U extends Runnable> U undoOnRollback(Object record, Supplier<U> capture) {
        Transaction current = Transaction.current();
        if (current == null) {
            return null;
        }
        current.connectionFor(this, true);
        return current.undoFor(record, capture);
    }

    /**
     * Returns whether the current thread has a transaction open on this database.
     *
     * @return true inside a transaction block that runs here
     */
    public boolean inTransaction() {
        Transaction current = Transaction.current();
        return current != null && current.engine() == this;
    }

    /**
     * Runs {@code work} with the connection a statement of this thread belongs on: the transaction's, a
     * pinned one, or a pooled one returned afterwards.
     *
     * @param write whether the work writes (a pooled connection is then checked first)
     * @param work the work
     * @param <R> the result
     * @return the work's result
     * @throws SQLException when the driver fails
     */
    public <R> R withConnection(boolean write, ConnectionWork<R> work) throws SQLException {
        Lease lease = lease(write);
        try {
            return work.run(lease.connection());
        } finally {
            end(lease);
        }
    }

    /** A connection for one statement, and whether it came from the pool (and goes back after it). */
    private record Lease(Connection connection, boolean pooled) {
    }

    /**
     * The connection for a statement: the transaction's; else one pinned by an open cursor; else, beside a
     * cursor whose connection cannot interleave, a free pooled one or the cursor's own; else a pooled one.
     */
    private Lease lease(boolean write) throws SQLException {
        return lease(write, write);
    }

    /** As {@link #lease(boolean)}; a pooled connection is checked first when {@code check} (a write, or a retried read). */
    private Lease lease(boolean write, boolean check) throws SQLException {
        Transaction current = Transaction.current();
        if (current != null) {
            Connection connection = current.connectionFor(this, write);
            if (connection != null) {
                return new Lease(connection, false);
            }
        }
        Connection pinnedConnection = pinned.get();
        if (pinnedConnection != null) {
            return new Lease(pinnedConnection, false);
        }
        Connection cursorConnection = besideCursor.get();
        if (cursorConnection != null) {
            Connection free = borrowIfFree();
            return free != null ? new Lease(free, true) : new Lease(cursorConnection, false);
        }
        return new Lease(borrow(check), true);
    }

    private void end(Lease lease) throws SQLException {
        if (lease.pooled()) {
            giveBack(lease.connection());
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
        swap(pinned, connection, work);
    }

    /**
     * Runs {@code work} beside an open cursor whose connection cannot run other statements without first
     * reading the cursor's remaining rows into memory: each statement takes a free pooled connection if
     * there is one, else the cursor's connection (correct, at the cost of that memory), never waiting.
     *
     * @param cursorConnection the open cursor's connection
     * @param work the work
     */
    void besideCursor(Connection cursorConnection, Runnable work) {
        swap(besideCursor, cursorConnection, work);
    }

    private static void swap(ThreadLocal<Connection> slot, Connection connection, Runnable work) {
        Connection previous = slot.get();
        slot.set(connection);
        try {
            work.run();
        } finally {
            if (previous == null) {
                slot.remove();
            } else {
                slot.set(previous);
            }
        }
    }

    /**
     * Opens a cursor over {@code statement}, reading {@code fetchSize} rows at a time: on the thread's
     * transaction (closed when it ends), on a connection lent by an open cursor, or on a pooled connection
     * of its own.
     *
     * @param statement the query
     * @param fetchSize rows per round trip
     * @return the open cursor; close it
     */
    public Cursor cursor(SqlStatement statement, int fetchSize) {
        long started = System.nanoTime();
        try {
            for (int attempt = 1; ; attempt++) {
                Lease lease = lease(false, attempt > 1);
                try {
                    Cursor cursor = new Cursor(this, statement, lease.connection(), lease.pooled(), fetchSize);
                    Transaction current = Transaction.current();
                    if (!lease.pooled() && current != null && current.engine() == this) {
                        current.opened(cursor);
                    }
                    return cursor;
                } catch (SQLException e) {
                    if (!lease.pooled() || attempt > 1 || !ConnectionLoss.is(e)) {
                        throw e;
                    }
                    LOG.debug("Connection lost before a cursor opened; opening it on another connection", e);
                }
            }
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
        long[] handed = new long[1];
        return run(statement, false, () -> handed[0] == 0, prepared -> {
            try (ResultSet resultSet = prepared.executeQuery()) {
                while (resultSet.next()) {
                    handler.row(resultSet);
                    handed[0]++;
                }
            }
            return handed[0];
        });
    }

    /**
     * Runs an INSERT, UPDATE, DELETE or DDL statement.
     *
     * @param statement the statement
     * @return the number of rows affected
     */
    public long update(SqlStatement statement) {
        return run(statement, true, () -> false, PreparedStatement::executeLargeUpdate);
    }

    /** Executes a bound statement and counts the rows it read or changed. */
    @FunctionalInterface
    private interface Execution {
        long execute(PreparedStatement prepared) throws SQLException;
    }

    /** Whether a failed read may run again: nothing of it reached the caller. */
    @FunctionalInterface
    private interface Retryable {
        boolean now();
    }

    /**
     * Prepares (or takes from the cache), binds and executes {@code statement}, then reports it. A read that
     * lost its pooled connection before handing a row on runs once more on a fresh connection.
     */
    private long run(SqlStatement statement, boolean write, Retryable retryable, Execution execution) {
        long started = System.nanoTime();
        try {
            for (int attempt = 1; ; attempt++) {
                Lease lease = lease(write, write || attempt > 1);
                try {
                    long rows = execute(lease.connection(), statement, execution);
                    report(statement, started, rows, 1, false);
                    return rows;
                } catch (SQLException e) {
                    if (write || !lease.pooled() || attempt > 1 || !retryable.now() || !ConnectionLoss.is(e)) {
                        throw e;
                    }
                    LOG.debug("Connection lost before a read returned a row; running it again on another connection", e);
                } finally {
                    end(lease);
                }
            }
        } catch (SQLException e) {
            throw failure(statement, started, e);
        }
    }

    private long execute(Connection connection, SqlStatement statement, Execution execution) throws SQLException {
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
     * Borrows a pooled connection for this thread. A thread that already holds every connection the pool
     * has fails at once instead of waiting for one it would have to give back itself; one that holds some
     * gets the fix in the message should the wait time out. Before a write the connection is checked, so a
     * connection the server closed while it was idle is replaced rather than used.
     *
     * @param check whether to check the connection first (before writes, and for a read run again)
     * @return the connection; give it back with {@link #giveBack}
     * @throws SQLException when none comes within the acquisition timeout
     */
    Connection borrow(boolean check) throws SQLException {
        int[] count = held.get();
        int poolSize = dataSource.getMaximumPoolSize();
        if (count[0] >= poolSize) {
            throw new ActiveRecordException(secondConnectionProblem(poolSize) + ", and the pool has no other");
        }
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLTransientConnectionException e) {
            if (count[0] > 0) {
                throw new ActiveRecordException(secondConnectionProblem(poolSize) + ", and none came within "
                        + dataSource.getConnectionTimeout() + " ms: " + e.getMessage(), e);
            }
            throw e;
        }
        if (check && !dialect.embedded()) {
            connection = checked(connection);
        }
        count[0]++;
        return connection;
    }

    private String secondConnectionProblem(int poolSize) {
        return "This thread already holds " + held.get()[0] + " of the " + poolSize + " connection(s) of " + describe()
                + " (an open stream or transaction) and asked for another; run the work inside the transaction or "
                + "the stream's consumer, close streams before starting new work, or raise maximumPoolSize";
    }

    /**
     * Returns {@code connection} if the server still answers on it, else a fresh one, evicting the dead ones;
     * closes what it does not return.
     */
    private Connection checked(Connection connection) throws SQLException {
        Connection candidate = connection;
        int validationSeconds = (int) Math.max(1, dataSource.getValidationTimeout() / 1000);
        try {
            for (int attempt = 0; attempt < dataSource.getMaximumPoolSize() && !candidate.isValid(validationSeconds); attempt++) {
                LOG.debug("Pooled connection to {} no longer answers; replacing it", describe());
                dataSource.evictConnection(candidate);
                candidate = null;
                candidate = dataSource.getConnection();
            }
            return candidate;
        } catch (SQLException | RuntimeException e) {
            if (candidate != null) {
                candidate.close();
            }
            throw e;
        }
    }

    /**
     * Returns a connection from {@link #borrow} to the pool.
     *
     * @param connection the connection
     * @throws SQLException when closing fails
     */
    void giveBack(Connection connection) throws SQLException {
        try {
            connection.close();
        } finally {
            released();
        }
    }

    /** Counts a connection of this thread as given back. */
    void released() {
        held.get()[0]--;
    }

    /**
     * Opens the connection of a transaction, checked and with auto-commit off.
     *
     * @return the connection
     */
    Connection openTransactionConnection() {
        try {
            Connection connection = borrow(true);
            try {
                connection.setAutoCommit(false);
                return connection;
            } catch (SQLException e) {
                giveBack(connection);
                throw e;
            }
        } catch (SQLException e) {
            throw new ActiveRecordException("Cannot begin a transaction on " + describe() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Borrows a second connection for queries beside an open cursor if the pool has one ready, without
     * waiting for one that other threads hold.
     *
     * @return the connection, or null when none is free now
     */
    Connection borrowIfFree() {
        HikariPool pool = (HikariPool) dataSource.getHikariPoolMXBean();
        if (pool.getIdleConnections() == 0 && pool.getTotalConnections() >= dataSource.getMaximumPoolSize()) {
            return null;
        }
        try {
            Connection connection = pool.getConnection(Math.min(dataSource.getConnectionTimeout(), 250));
            held.get()[0]++;
            return connection;
        } catch (SQLException e) {
            return null;
        }
    }

    /**
     * Tells the listeners and the SQL log that a statement ran.
     *
     * @param statement what ran
     * @param startedNanos {@link System#nanoTime()} before it ran
     * @param rows rows read or affected
     * @param batchSize parameter sets sent
     * @param failed whether it failed
     */
    public void report(SqlStatement statement, long startedNanos, long rows, int batchSize, boolean failed) {
        long elapsed = System.nanoTime() - startedNanos;
        if (elapsed > slowStatementNanos) {
            SQL_LOG.warn("Slow statement ({} ms, {} rows): {}", elapsed / 1_000_000, rows, statement.sql());
        } else if (SQL_LOG.isDebugEnabled()) {
            SQL_LOG.debug("{} ({} ms, {} rows{}{})", statement.sql(), String.format("%.3f", elapsed / 1e6), rows,
                    batchSize > 1 ? ", batch of " + batchSize : "", failed ? ", failed" : "");
        }
        if (!redactParameters && !statement.parameters().isEmpty() && SQL_LOG.isTraceEnabled()) {
            SQL_LOG.trace("  parameters: {}", statement.values());
        }
        if (listeners.isEmpty()) {
            return;
        }
        StatementEvent event = new StatementEvent(dialect.name(), statement.sql(), statement.values(),
                Duration.ofNanos(elapsed), rows, batchSize, failed);
        for (StatementListener listener : listeners) {
            try {
                listener.onStatement(event);
            } catch (RuntimeException e) {
                LOG.warn("Statement listener {} failed; ignored", listener, e);
            }
        }
    }

    /**
     * Reports a failed statement and builds the exception that carries its SQL and (unless redacted) values.
     *
     * @param statement what failed
     * @param startedNanos when it started
     * @param cause the driver's exception
     * @return the exception to throw
     */
    public StatementFailedException failure(SqlStatement statement, long startedNanos, SQLException cause) {
        report(statement, startedNanos, 0, 1, true);
        List<Object> values = visibleValues(statement);
        String lost = ConnectionLoss.is(cause) ? " (the connection to the database was lost"
                + (Transaction.current() != null ? "; the transaction was rolled back)" : ")") : "";
        return new StatementFailedException("Statement failed on " + dialect.name() + lost + ": " + cause.getMessage()
                + "\n  SQL: " + statement.sql() + "\n  Parameters: " + values, statement.sql(), values, cause);
    }

    private List<Object> visibleValues(SqlStatement statement) {
        List<Object> values = statement.values();
        return redactParameters ? Collections.nCopies(values.size(), "?") : values;
    }

    /** Closes the pool. */
    public void close() {
        dataSource.close();
        statements.clear();
    }
}

package org.activerecord4j.internal.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.function.Supplier;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.ListenerRegistration;
import org.activerecord4j.StatementListener;
import org.activerecord4j.TransactionAction;
import org.activerecord4j.TransactionBody;
import org.activerecord4j.internal.dialect.Dialect;
import org.activerecord4j.internal.sql.SqlStatement;

/**
 * The runtime of one database: its dialect, its pool, how statements run on it ({@link Executor}), which
 * connection each gets ({@link Connections}), where they are logged ({@link StatementLog}), and its
 * strict-loading default. Everything below the public {@code Database} talks to this. Thread-safe.
 */
public final class Engine {

    private final Dialect dialect;
    private final PoolSettings settings;
    private final StatementLog log;
    private final StatementCache statements;
    private final Connections connections;
    private final Executor executor;
    private final java.util.concurrent.Executor asyncExecutor;
    /**
     * The actions to run at close: whoever takes one out runs it, {@link #close} or an {@link #onClose} that came after
     * close began, so each runs once, and none is lost by coming while close runs the others.
     */
    private final Queue<Runnable> onClose = new ConcurrentLinkedQueue<>();
    private volatile boolean strictLoading;
    private volatile boolean closed;
    /** The test's transaction running on this database (the testing module's), or null: always in production. */
    private volatile Transaction runningTest;

    /**
     * Opens the pool of a database.
     *
     * @param settings URL, credentials, pool size and timeouts
     * @param dialect the dialect
     * @param redactParameters whether messages and the SQL log hide bound values
     * @param slowStatementThreshold statements slower than this are logged at WARN; zero for never
     * @param strictLoading whether strict loading is on by default
     * @param asyncExecutor the executor async calls run their statements on, or null for one of this database's own
     * @throws ActiveRecordException naming the URL when the first connection fails
     */
    public Engine(PoolSettings settings, Dialect dialect, boolean redactParameters, Duration slowStatementThreshold,
            boolean strictLoading, java.util.concurrent.Executor asyncExecutor) {
        this.settings = settings;
        this.dialect = dialect;
        this.strictLoading = strictLoading;
        this.asyncExecutor = asyncExecutor;
        this.log = new StatementLog(dialect, redactParameters, slowStatementThreshold);
        this.statements = new StatementCache(dialect.statementCacheSize(), dialect.keepsLastResult());
        this.connections = new Connections(this, ConnectionPools.open(settings, dialect, redactParameters));
        this.executor = new Executor(this, connections, log, statements);
    }

    /** @return the dialect */
    public Dialect dialect() {
        return dialect;
    }

    /** @return the pool */
    public HikariDataSource dataSource() {
        return connections.dataSource();
    }

    /** @return the executor the application gave for async calls, or null */
    public java.util.concurrent.Executor asyncExecutor() {
        return asyncExecutor;
    }

    /** @return the most connections the pool opens */
    public int maximumPoolSize() {
        return connections.dataSource().getMaximumPoolSize();
    }

    /**
     * Runs {@code work} as the holder of {@code carried} of this pool's connections, for work that holds a
     * connection across threads (an async transaction or stream): afterwards {@code carried} counts what it
     * left open, and the thread holds what it held before.
     *
     * @param carried the owner's count of held connections; updated
     * @param work the work
     * @param <R> its result
     * @return the work's result
     */
    public <R> R carrying(int[] carried, Supplier<R> work) {
        return connections.carrying(carried, work);
    }

    /**
     * Runs {@code action} when the database is closed, before its pool is; at once when it already is.
     *
     * @param action e.g. shutting down the executor of its async calls
     */
    public void onClose(Runnable action) {
        onClose.add(action);
        if (closed && onClose.remove(action)) {
            action.run();
        }
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
     * Returns what a call on this database says once it was closed, sync and async alike.
     *
     * @return e.g. {@code The database sqlite jdbc:sqlite:app.db was closed; it can no longer run statements}
     */
    public String closedMessage() {
        return "The database " + describe() + " was closed; it can no longer run statements";
    }

    /** @return whether strict loading is on by default for this database */
    public boolean strictLoading() {
        return strictLoading;
    }

    /** @param strict whether strict loading is on by default for this database */
    public void strictLoading(boolean strict) {
        this.strictLoading = strict;
    }

    /**
     * Adds a statement listener.
     *
     * @param listener the listener
     * @return removes the listener when closed
     */
    public ListenerRegistration addListener(StatementListener listener) {
        return log.addListener(listener);
    }

    /**
     * Runs a query, handing each row to {@code handler}.
     *
     * @param statement the query
     * @param handler reads each row
     * @return the number of rows read
     */
    public long query(SqlStatement statement, RowHandler handler) {
        return executor.query(statement, handler);
    }

    /**
     * Runs a write that returns rows, such as an INSERT with a RETURNING clause: as a write (on a checked
     * connection, never run again after a lost connection, which might have run it already), reading its rows.
     *
     * @param statement the statement
     * @param handler reads each row it returns
     * @return the number of rows it returned
     */
    public long writeReturning(SqlStatement statement, RowHandler handler) {
        return executor.writeReturning(statement, handler);
    }

    /**
     * Runs an INSERT, UPDATE, DELETE or DDL statement.
     *
     * @param statement the statement
     * @return the number of rows affected
     */
    public long update(SqlStatement statement) {
        return executor.update(statement);
    }

    /**
     * Runs one statement for many rows as a JDBC batch.
     *
     * @param first the statement with the first row's values (reported)
     * @param rows the rows
     * @param binder binds a row's values
     * @param <T> the row
     * @return the rows affected
     */
    public <T> long batch(SqlStatement first, List<T> rows, RowBinder<T> binder) {
        return executor.batch(first, rows, binder);
    }

    /**
     * Inserts rows whose keys the database generates and hands each key to {@code keys}, in order: in one
     * batch where the driver returns every key of a batch, else one execution per row of one prepared
     * statement ({@code INSERT … RETURNING}).
     *
     * @param first the INSERT with the first row's values (reported)
     * @param rows the rows
     * @param binder binds a row's values
     * @param keyColumn the key column's name
     * @param keys takes each row's key
     * @param <T> the row
     */
    public <T> void insertReturningKeys(SqlStatement first, List<T> rows, RowBinder<T> binder, String keyColumn,
            KeyReader<T> keys) {
        executor.insertReturningKeys(first, rows, binder, keyColumn, keys);
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
        return executor.cursor(statement, fetchSize);
    }

    /**
     * Runs {@code work} with a connection of this database: the one a statement of this thread would use.
     *
     * @param write whether the work writes
     * @param work the work
     * @param <R> the result
     * @return the work's result
     * @throws SQLException when the driver fails
     */
    public <R> R withConnection(boolean write, ConnectionWork<R> work) throws SQLException {
        Connections.Lease lease = connections.lease(write, write);
        try {
            return work.run(lease.connection());
        } finally {
            connections.end(lease);
        }
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
     * Says that a caller waited the pool's whole acquisition timeout and no connection became free.
     *
     * @param work who waited, after "within N ms", e.g. {@code " for async work (3 more waiting)"}, or empty
     * @param holders what holds the connections, after "all N are held by"
     * @return the message, ending with the settings that would help
     */
    public String noConnectionFree(String work, String holders) {
        return "No connection of " + describe() + " became free within " + dataSource().getConnectionTimeout() + " ms"
                + work + "; all " + maximumPoolSize() + " are held by " + holders + ": end them, or raise "
                + "maximumPoolSize or acquireTimeout";
    }

    /**
     * Remembers how to put {@code record} back as it is now should the thread's transaction on this database
     * roll back; binds a transaction that has not run a statement yet to this database.
     *
     * @param record the record a write is about to change
     * @param capture captures its state and returns the action that restores it
     * @param <R> the record's type
     * @param <U> the undo action
     * @return the undo action kept for the record in this transaction, or null outside a transaction
     * @throws ActiveRecordException when the thread's transaction runs on another database
     */
    public <R, U extends Runnable> U undoOnRollback(R record, Function<? super R, U> capture) {
        Transaction current = Transaction.current();
        if (current == null) {
            return null;
        }
        current.connectionFor(this, true);
        return current.undoFor(record, capture);
    }

    /**
     * Remembers an undo action for many records at once should the thread's transaction on this database roll
     * back, without the once-per-record bookkeeping of {@link #undoOnRollback(Object, Function)}: the
     * transaction runs its undo actions newest first, so the state each record had first is the one it is left
     * with. Binds a transaction that has not run a statement yet to this database.
     *
     * @param capture captures the records' state now and returns the action that restores it; not called
     *     outside a transaction
     * @throws ActiveRecordException when the thread's transaction runs on another database
     */
    public void undoOnRollback(Supplier<? extends Runnable> capture) {
        Transaction current = Transaction.current();
        if (current != null) {
            current.connectionFor(this, true);
            current.undoAlso(capture.get());
        }
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

    /** @return the test's transaction running on this database, or null */
    Transaction runningTest() {
        return runningTest;
    }

    /** @param test the test's transaction now running on this database, or null when it has ended */
    void runningTest(Transaction test) {
        runningTest = test;
    }

    Connections connections() {
        return connections;
    }

    Connection openTransactionConnection() {
        return connections.openTransactionConnection();
    }

    void report(SqlStatement statement, long startedNanos, long rows) {
        log.report(statement, startedNanos, rows, 1, false);
    }

    RuntimeException failure(SqlStatement statement, long startedNanos, SQLException cause) {
        return executor.failure(statement, startedNanos, cause);
    }

    /** @return whether {@link #close} was called */
    public boolean isClosed() {
        return closed;
    }

    /** Wakes the threads waiting for a connection, runs the close actions, then closes the pool. */
    public void close() {
        closed = true;
        connections.wakeWaiters();
        for (Runnable action = onClose.poll(); action != null; action = onClose.poll()) {
            action.run();
        }
        dataSource().close();
        statements.clear();
    }
}

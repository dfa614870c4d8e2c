package org.activerecord4j.internal.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.StatementFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which connection each statement of a database runs on, and the pool behind them: the thread's
 * transaction's; one pinned by an open cursor (for a write beside a cursor that reads in a transaction of its own,
 * a free pooled one, else the cursor's in a savepoint); beside a cursor whose connection cannot interleave, a free
 * pooled one or else the cursor's; otherwise a pooled one, given back after the statement. A thread never waits
 * for a connection it holds itself, and a connection the server closed is not used for a write.
 * Thread-safe.
 */
final class Connections {

    private static final Logger LOG = LoggerFactory.getLogger(Connections.class);

    private final Engine engine;
    private final HikariDataSource dataSource;
    /** The threads waiting in {@link #fromPool} for a connection, which {@link #wakeWaiters} interrupts. */
    private final ConcurrentHashMap<Thread, Boolean> waiting = new ConcurrentHashMap<>();
    /** What each thread holds of this pool: one lookup per statement finds all of it. */
    private final ThreadLocal<Held> held = ThreadLocal.withInitial(Held::new);

    Connections(Engine engine, HikariDataSource dataSource) {
        this.engine = engine;
        this.dataSource = dataSource;
    }

    HikariDataSource dataSource() {
        return dataSource;
    }

    /**
     * A connection for one statement, whether it came from the pool (and goes back after it), the test whose
     * connection it is and whose turn the statement took, or null (always in production), the test in whose
     * transaction the statement runs in a savepoint of its own, or null (always in production): a statement the code
     * makes outside its transactions, which production runs in auto-commit, on a database where a failed statement
     * aborts the transaction it runs in; and whether the statement runs in a savepoint of its own for the same
     * reason in production: a write beside a cursor that reads in a transaction of its own.
     */
    record Lease(Connection connection, boolean pooled, TestTransaction turn, TestTransaction isolatedIn,
            boolean inSavepoint) {
        Lease(Connection connection, boolean pooled) {
            this(connection, pooled, null, null, false);
        }
    }

    /**
     * Returns the connection for a statement of this thread.
     *
     * @param write whether the statement writes
     * @param check whether a pooled connection is checked first (a write, or a read run again)
     * @return the lease; end it with {@link #end}
     * @throws SQLException when no connection can be had
     */
    Lease lease(boolean write, boolean check) throws SQLException {
        Transaction current = Transaction.current();
        if (current != null) {
            Connection connection = current.connectionFor(engine, write);
            if (connection != null) {
                if (engine.isClosed()) {
                    // The pool only aborted the transaction's connection, which SQLite's driver ignores, and on a
                    // server the statement would fail as if the connection were lost.
                    throw closed();
                }
                TestTransaction test = current.testConnection();
                if (test != null) {
                    // The test's connection, which its async calls use too: the statement runs in its turn.
                    TestTransaction turn = test.enterStatement() ? test : null;
                    return new Lease(connection, false, turn, current.isolatesStatements() ? test : null, false);
                }
                return new Lease(connection, false);
            }
        }
        Held thread = held.get();
        if (thread.pinned != null) {
            if (!write || !thread.pinnedInTransaction) {
                return new Lease(thread.pinned, false);
            }
            // A write beside a cursor's own transaction: committed at once on a free connection, else kept in that
            // transaction in a savepoint, so that failing it leaves the transaction and its other writes whole.
            Connection free = borrowIfFree(thread);
            if (free == null) {
                return new Lease(thread.pinned, false, null, null, engine.dialect().failedStatementAbortsTransaction());
            }
            try {
                return new Lease(checkedIfAsked(free, check), true);
            } catch (SQLException | RuntimeException e) {
                released();   // checked closed it
                throw e;
            }
        }
        Transaction.checkNotInAsyncChain();
        if (thread.besideCursor != null) {
            Connection free = borrowIfFree(thread);
            return free != null ? new Lease(free, true) : new Lease(thread.besideCursor, false);
        }
        return new Lease(borrow(thread, check), true);
    }

    /**
     * Ends a lease: a pooled connection goes back.
     *
     * @param lease the lease
     * @throws SQLException when closing fails
     */
    void end(Lease lease) throws SQLException {
        if (lease.pooled()) {
            giveBack(lease.connection());
        } else if (lease.turn() != null) {
            lease.turn().exitStatement(true);
        }
    }

    /**
     * Runs {@code work} with this thread's statements on {@code connection} (a transaction still uses its own).
     * When the connection runs a transaction no block of the code opened (a cursor's, where the driver streams
     * only with auto-commit off, or where the cursor reads a snapshot a write there cannot move past), a write
     * takes a free pooled connection, committed when it returns as any write outside a transaction is; with none
     * free it runs in that transaction, in a savepoint where a failed statement would abort it (so that the
     * cursor's end does not roll back the writes before it), and commits with it.
     *
     * @param connection a connection this thread holds, e.g. an open cursor's
     * @param inTransaction whether the cursor on it reads in a transaction of its own, outside any of the code
     * @param work the work
     */
    void pin(Connection connection, boolean inTransaction, Runnable work) {
        Held thread = held.get();
        boolean inTransactionBefore = thread.pinnedInTransaction;
        // A cursor opened beside another on the same connection reads in that one's transaction.
        thread.pinnedInTransaction = inTransaction || (connection == thread.pinned && inTransactionBefore);
        try {
            runHolding(connection, false, work);
        } finally {
            thread.pinnedInTransaction = inTransactionBefore;
        }
    }

    /**
     * Runs {@code work} beside an open cursor whose connection cannot run other statements without first
     * reading the cursor's remaining rows into memory: each statement takes a free pooled connection if there
     * is one, else the cursor's connection (correct, at the cost of that memory), never waiting.
     *
     * @param cursorConnection the open cursor's connection
     * @param work the work
     */
    void besideCursor(Connection cursorConnection, Runnable work) {
        runHolding(cursorConnection, true, work);
    }

    /** Runs {@code work} with the thread pinned to, or beside the cursor on, {@code connection}; then as before. */
    private void runHolding(Connection connection, boolean besideCursor, Runnable work) {
        Held thread = held.get();
        Connection pinnedBefore = thread.pinned;
        Connection besideCursorBefore = thread.besideCursor;
        if (besideCursor) {
            thread.besideCursor = connection;
        } else {
            thread.pinned = connection;
        }
        try {
            work.run();
        } finally {
            thread.pinned = pinnedBefore;
            thread.besideCursor = besideCursorBefore;
        }
    }

    /**
     * Borrows a pooled connection for this thread. A thread that already holds every connection the pool has
     * fails at once instead of waiting for one it would have to give back itself; one that holds some gets the
     * fix in the message should the wait time out.
     *
     * @param check whether to check the connection first (before writes, and for a read run again)
     * @return the connection; give it back with {@link #giveBack}
     * @throws SQLException when none comes within the acquisition timeout because the database cannot be reached
     * @throws ActiveRecordException when none comes within it because every connection is in use, the database was
     *     closed (before or during the wait), or the thread was interrupted while it waited
     */
    Connection borrow(boolean check) throws SQLException {
        return borrow(held.get(), check);
    }

    private Connection borrow(Held thread, boolean check) throws SQLException {
        if (engine.isClosed()) {
            throw closed();
        }
        if (thread.givenBackElsewhere.get() != 0) {
            thread.count -= thread.givenBackElsewhere.getAndSet(0);
        }
        int poolSize = dataSource.getMaximumPoolSize();
        if (thread.count >= poolSize) {
            throw new ActiveRecordException(secondConnectionProblem(poolSize) + ", and the pool has no other");
        }
        Connection connection;
        try {
            // A replacement for a connection that no longer answers is waited for as the first one is.
            connection = checkedIfAsked(fromPool(), check);
        } catch (SQLException e) {
            if (engine.isClosed()) {
                throw new ActiveRecordException("The database " + engine.describe() + " was closed while this thread "
                        + "waited for a connection; it can no longer run statements", e);
            }
            if (e.getCause() instanceof InterruptedException) {
                Thread.currentThread().interrupt();   // as the pool does: the caller's code decides what it means
                throw new ActiveRecordException("Interrupted while waiting for a connection of " + engine.describe()
                        + "; nothing ran, and the thread keeps its interrupt status", e);
            }
            if (!(e instanceof SQLTransientConnectionException)) {
                throw e;
            }
            if (thread.count > 0) {
                throw new ActiveRecordException(secondConnectionProblem(poolSize) + ", and none came within "
                        + dataSource.getConnectionTimeout() + " ms: " + e.getMessage(), e);
            }
            if (e.getCause() == null) {
                // The pool names its last failure to connect as the cause; without one, every connection was in use.
                throw new ActiveRecordException(engine.noConnectionFree("",
                        "transactions, streams or other threads that have not given theirs back"), e);
            }
            throw e;
        }
        thread.count++;
        return connection;
    }

    /**
     * Takes a connection from the pool: a free one at once, else waiting for one as a thread that {@link #wakeWaiters}
     * wakes when the database is closed (the pool itself does not: its waiters would wait out the whole acquisition
     * timeout). Only a wait is registered, so a statement that finds a free connection pays nothing for it.
     */
    private Connection fromPool() throws SQLException {
        try {
            return ((HikariPool) dataSource.getHikariPoolMXBean()).getConnection(0);
        } catch (SQLTransientConnectionException noneFreeNow) {
            return awaitFromPool();   // where closing the database can end the wait
        }
    }

    /** Waits for a connection from the pool as a thread that {@link #wakeWaiters} wakes when the database is closed. */
    private Connection awaitFromPool() throws SQLException {
        Thread thread = Thread.currentThread();
        waiting.put(thread, Boolean.TRUE);
        try {
            if (engine.isClosed()) {
                throw new SQLException("The database was closed");   // reported as closed while waiting by the caller
            }
            return dataSource.getConnection();
        } finally {
            if (waiting.remove(thread) == null) {
                // wakeWaiters took the thread out and interrupted it, done by the time remove returns: the interrupt was
                // only this wake-up, so it is not left for the caller's code to find.
                Thread.interrupted();
            }
        }
    }

    /**
     * Wakes every thread waiting for the pool in {@link #borrow} (for a connection, or for the replacement of one that
     * no longer answers), for a database that was just marked closed: each fails at once saying so instead of waiting
     * out the acquisition timeout.
     */
    void wakeWaiters() {
        for (Thread thread : waiting.keySet()) {
            waiting.computeIfPresent(thread, (waiter, ignored) -> {
                waiter.interrupt();
                return null;
            });
        }
    }

    private ActiveRecordException closed() {
        return new ActiveRecordException(engine.closedMessage());
    }

    /** Returns {@code connection}, or with {@code check} on a server database, {@link #checked} it. */
    private Connection checkedIfAsked(Connection connection, boolean check) throws SQLException {
        return check && !engine.dialect().embedded() ? checked(connection) : connection;
    }

    private String secondConnectionProblem(int poolSize) {
        return "This thread already holds " + held.get().count + " of the " + poolSize + " connection(s) of " + engine.describe()
                + " (an open stream or transaction) and asked for another; run the work inside the transaction or "
                + "the stream's consumer, close streams before starting new work, or raise maximumPoolSize";
    }

    /**
     * Returns who holds the connection this thread borrows next, so that another thread can give it back in its name
     * ({@link #giveBack(Connection, Held)}): a stream's, which the garbage collector's cleaner or a thread the stream
     * was handed to may close.
     *
     * @return this thread's holdings, or null inside {@link #carrying}, where the work's owner (an async transaction
     *     or stream) holds it and the thread that gives it back counts it for that owner
     */
    Held holder() {
        Held thread = held.get();
        return thread.carrying > 0 ? null : thread;
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
                LOG.debug("Pooled connection to {} no longer answers; replacing it", engine.describe());
                dataSource.evictConnection(candidate);
                candidate = null;
                candidate = awaitFromPool();
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
     * Takes {@code connection} out of the pool when {@code failure} says it is lost, as the pool does itself for a
     * failure it sees: a statement the {@link StatementCache} keeps runs on the driver's connection, past the
     * pool's wrapper, so the pool would otherwise hand the dead connection out again (and fail giving it back).
     * Whoever holds the connection still gives it back or closes it as usual.
     *
     * @param connection a pooled connection, as the pool handed it out
     * @param failure what a statement on it threw
     */
    void evictIfLost(Connection connection, SQLException failure) {
        if (ConnectionLoss.is(failure) && !engine.dialect().embedded()) {
            LOG.debug("Connection to {} lost; taking it out of the pool", engine.describe());
            dataSource.evictConnection(connection);
        }
    }

    /**
     * Takes {@code connection} out of the pool whatever the failure, for a connection left in a state nobody should
     * meet again (a transaction that may still be open, auto-commit still off): giving it back then closes the
     * driver's connection, which ends anything it left open, instead of lending it again. Not for the one connection
     * of an in-memory database, which is the database: it stays.
     *
     * @param connection a pooled connection this thread holds, as the pool handed it out
     */
    void discard(Connection connection) {
        if (engine.dialect().singleConnection(dataSource.getJdbcUrl())) {
            LOG.debug("Keeping the connection of in-memory {}, which closing would drop", engine.describe());
            return;
        }
        LOG.debug("Taking a connection to {} out of the pool", engine.describe());
        dataSource.evictConnection(connection);
    }

    /**
     * Returns a connection from {@link #borrow} to the pool.
     *
     * @param connection the connection
     * @throws SQLException when closing fails
     */
    void giveBack(Connection connection) throws SQLException {
        giveBack(connection, null);
    }

    /**
     * Returns a connection from {@link #borrow} to the pool, counted as given back by {@code holder}, whichever thread
     * this is.
     *
     * @param connection the connection
     * @param holder who borrowed it ({@link #holder()}), or null for this thread
     * @throws SQLException when closing fails
     */
    void giveBack(Connection connection, Held holder) throws SQLException {
        Connection orphan = orphan(connection);
        try {
            connection.close();
        } finally {
            Held thread = held.get();
            if (holder == null || holder == thread) {
                thread.count--;
            } else {
                holder.givenBackElsewhere.incrementAndGet();
            }
            closeOrphan(orphan);
        }
    }

    /**
     * Returns the driver's connection under {@code connection} when the database was closed while it was out: the
     * pool then only aborted it (which SQLite's driver ignores) and forgot it, so closing the pool's wrapper leaves
     * it open. Take it before closing the wrapper, and close it with {@link #closeOrphan} afterwards.
     *
     * @param connection a connection of this pool that is still open
     * @return the driver's connection, or null while the database is open
     */
    Connection orphan(Connection connection) {
        if (!engine.isClosed()) {
            return null;
        }
        try {
            return connection.unwrap(Connection.class);
        } catch (SQLException e) {
            LOG.debug("Cannot reach the driver's connection under a connection of closed {}", engine.describe(), e);
            return null;
        }
    }

    /**
     * Closes what {@link #orphan} returned.
     *
     * @param orphan the driver's connection, or null
     */
    void closeOrphan(Connection orphan) {
        if (orphan == null) {
            return;
        }
        try {
            orphan.close();
        } catch (SQLException e) {
            LOG.debug("Closing a connection of closed {} failed", engine.describe(), e);
        }
    }

    /**
     * Runs {@code work} as the holder of {@code carried} connections of this pool beside the ones this thread
     * holds, and afterwards leaves the thread with what it held before and {@code carried} with what the work
     * left open: the count of work that holds a connection across threads (an async transaction or stream).
     *
     * @param carried the connections the work's owner holds; updated
     * @param work the work
     * @param <R> its result
     * @return the work's result
     */
    <R> R carrying(int[] carried, Supplier<R> work) {
        Held thread = held.get();
        int before = thread.count;
        thread.count += carried[0];
        thread.carrying++;
        try {
            return work.get();
        } finally {
            thread.carrying--;
            carried[0] = thread.count - before;
            thread.count = before;
        }
    }

    /** Counts a connection of this thread as given back, for one closed by its owner (a transaction). */
    void released() {
        held.get().count--;
    }

    /**
     * Opens the connection of a transaction, checked and with auto-commit off. A connection whose switch failed (on
     * SQLite, a BEGIN IMMEDIATE that waited out the lock timeout) leaves the pool.
     *
     * @return the connection; give it back with {@link #giveBack}
     * @throws StatementFailedException when the dialect's {@link org.activerecord4j.internal.dialect.Dialect#beginStatement()
     *     begin statement} failed (SQLite's, after the lock timeout)
     * @throws ActiveRecordException when no connection could be had or auto-commit could not go off
     */
    Connection openTransactionConnection() {
        try {
            Connection connection = borrow(true);
            try {
                connection.setAutoCommit(false);
                return connection;
            } catch (SQLException e) {
                // The driver may have noted auto-commit off though its BEGIN failed (sqlite-jdbc after SQLITE_BUSY),
                // and would then run the next transaction on this connection without one: the connection goes.
                discard(connection);
                try {
                    giveBack(connection);
                } catch (SQLException closing) {
                    e.addSuppressed(closing);
                }
                String begin = engine.dialect().beginStatement();
                if (begin != null) {
                    // A begin that waited out the lock timeout fails as a statement waiting for a lock does elsewhere.
                    throw new StatementFailedException(cannotBegin(e), begin, List.of(), e);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new ActiveRecordException(cannotBegin(e), e);
        }
    }

    /**
     * Borrows a second connection for queries beside an open cursor if the pool has one ready, without
     * waiting for one that other threads hold.
     *
     * @return the connection, or null when none is free now
     */
    private Connection borrowIfFree(Held thread) {
        HikariPool pool = (HikariPool) dataSource.getHikariPoolMXBean();
        if (pool.getIdleConnections() == 0 && pool.getTotalConnections() >= dataSource.getMaximumPoolSize()) {
            return null;
        }
        try {
            Connection connection = pool.getConnection(Math.min(dataSource.getConnectionTimeout(), 250));
            thread.count++;
            return connection;
        } catch (SQLException e) {
            return null;
        }
    }

    private String cannotBegin(SQLException e) {
        return "Cannot begin a transaction on " + engine.describe() + ": " + e.getMessage();
    }

    /**
     * What one thread holds of this pool: the connection its statements are pinned to (an open cursor's) and
     * whether it runs a transaction of its own, the
     * open cursor whose connection cannot interleave statements, and how many connections it has borrowed, so
     * that it never waits for one it holds itself. Confined to its thread, but for the count of its connections
     * that other threads gave back (a stream's, closed where it was read or by the garbage collector's cleaner),
     * which its next borrow takes off its own.
     */
    static final class Held {
        private Connection pinned;
        /** Whether {@link #pinned} runs a transaction of its own (a cursor's), which writes keep out of if they can. */
        private boolean pinnedInTransaction;
        private Connection besideCursor;
        private int count;
        /** The depth of {@link #carrying} calls running on the thread. */
        private int carrying;
        private final AtomicInteger givenBackElsewhere = new AtomicInteger();
    }
}

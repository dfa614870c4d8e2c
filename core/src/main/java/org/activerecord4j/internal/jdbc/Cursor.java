package org.activerecord4j.internal.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.internal.sql.SqlStatement;

/**
 * An open result set read with the driver's cursor, a fetch size at a time, so a large result is never
 * held whole. Outside a transaction it owns its connection (turning auto-commit off where the driver only
 * streams inside a transaction). It closes itself when reading fails; a cursor opened in a transaction is closed when that transaction ends, and reading it afterwards fails.
 * Not thread-safe; close it.
 */
public final class Cursor implements AutoCloseable {

    private final Engine engine;
    private final SqlStatement statement;
    private final long started = System.nanoTime();
    private final Connection connection;
    private final boolean ownsConnection;
    /** Who borrowed an owned connection, in whose name it goes back whichever thread closes the cursor. */
    private final Connections.Held holder;
    private PreparedStatement prepared;
    private ResultSet resultSet;
    private long rows;
    private boolean closed;
    private boolean transactionEnded;
    /** The test whose connection the cursor reads, whose async calls use it too, or null (always in production). */
    private TestTransaction turns;
    /** The test in whose transaction the cursor reads in a savepoint of its own, and that savepoint, or null. */
    private TestTransaction isolatedIn;
    private Savepoint isolation;
    private Throwable readFailure;
    /** The async work (a stream's subscription, a call) that opened the cursor and may cancel its reads, or null. */
    private StatementWatch watch;

    Cursor(Engine engine, SqlStatement statement, Connection connection, boolean ownsConnection, int fetchSize)
            throws SQLException {
        this.engine = engine;
        this.statement = statement;
        this.connection = connection;
        this.ownsConnection = ownsConnection;
        this.holder = ownsConnection ? engine.connections().holder() : null;
        try {
            if (ownsConnection && engine.dialect().cursorNeedsTransaction()) {
                connection.setAutoCommit(false);
            }
            this.prepared = connection.prepareStatement(statement.sql(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            prepared.setFetchSize(fetchSize);
            Executor.bind(prepared, statement.parameters());
            StatementWatch current = StatementWatch.current();
            if (current != null) {
                current.cursorOpening(prepared);
                watch = current;
            }
            this.resultSet = prepared.executeQuery();
        } catch (SQLException | RuntimeException e) {
            closed = true;
            try {
                forgetWatch();
                closeStatement();
                release();
            } catch (SQLException | RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * Moves to the next row. The cursor stays open after its last row (work on the rows read may still run
     * beside it); its reader closes it.
     *
     * @return false when there are no more rows
     * @throws ActiveRecordException when the cursor's transaction has ended, or reading fails
     */
    public boolean next() {
        if (transactionEnded) {
            throw new ActiveRecordException("This stream was read after the transaction it was opened in ended, which "
                    + "closed it; read streams to the end inside the transaction block that opened them. Query: "
                    + statement.sql());
        }
        if (closed) {
            return false;
        }
        boolean turn = turns != null && turns.enterStatement();
        try {
            boolean more = resultSet.next();
            if (more) {
                rows++;
            }
            return more;
        } catch (SQLException e) {
            RuntimeException failure = engine.failure(statement, started, e);
            readFailure = failure;
            closeAfter(failure);
            throw failure;
        } finally {
            if (turn) {
                turns.exitStatement(true);
            }
        }
    }

    /**
     * Makes the cursor's reads and its close take turns on a test's connection with the test's async calls.
     *
     * @param test the test whose connection it reads, or null
     */
    void takesTurnsOf(TestTransaction test) {
        turns = test;
    }

    /**
     * Makes the cursor, opened by a test outside the code's transactions where a failed statement aborts the
     * transaction, read in {@code savepoint}, which it ends when it closes: rolled back to when a read failed.
     *
     * @param test the test's transaction state
     * @param savepoint set before the cursor opened
     */
    void isolatedIn(TestTransaction test, Savepoint savepoint) {
        isolatedIn = test;
        isolation = savepoint;
        test.cursorOpened(savepoint);
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
     * Runs the queries of {@code work} while this cursor stays open, without waiting for a connection the
     * pool may not have: on the cursor's own connection where the database interleaves them with the
     * cursor (SQLite, PostgreSQL), so that even a one-connection pool works. Where it cannot (MariaDB's
     * driver first reads every remaining row of the cursor into memory), each statement takes a connection
     * the pool has free, else the cursor's own connection after all: correct, at the cost of that memory. Where
     * the cursor reads in a transaction of its own (PostgreSQL outside a transaction) or a snapshot a write on its
     * connection cannot move past (SQLite), a write takes a free pooled connection, so that it commits when it
     * returns, else runs on the cursor's connection (on PostgreSQL in a savepoint of that transaction).
     *
     * @param work the work
     */
    public void beside(Runnable work) {
        if (engine.dialect().queriesBesideCursor() || engine.inTransaction()) {
            engine.connections().pin(connection, ownsConnection
                    && (engine.dialect().cursorNeedsTransaction() || engine.dialect().cursorHoldsSnapshot()), work);
            return;
        }
        engine.connections().besideCursor(connection, work);
    }

    /**
     * Returns whether the cursor was closed (read to the end, failed, or closed by hand).
     *
     * @return true once closed
     */
    public boolean isClosed() {
        return closed;
    }

    /** Closes the result set, the statement and an owned connection, and reports the statement; idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        forgetWatch();
        boolean turn = turns != null && turns.enterStatement();
        try {
            closeStatement();
        } catch (SQLException e) {
            throw new ActiveRecordException("Closing a cursor failed: " + e.getMessage(), e);
        } finally {
            if (isolation != null) {
                isolatedIn.cursorClosed(connection, isolation, readFailure);
            }
            if (turn) {
                turns.exitStatement(true);
            }
            try {
                release();
            } finally {
                engine.report(statement, started, rows);
            }
        }
    }

    /**
     * Closes after {@code failure}, attaching anything closing throws to it.
     *
     * @param failure what made the reader give up
     */
    public void closeAfter(Throwable failure) {
        try {
            close();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /** Closes the cursor because its transaction is ending; reading it later fails clearly. */
    void transactionEnded() {
        if (!closed) {
            transactionEnded = true;
            close();
        }
    }

    /** Tells the cursor's watch that it closes, so that no cancel reaches its connection once that goes on. */
    private void forgetWatch() {
        if (watch != null) {
            watch.cursorClosing(prepared);
        }
    }

    private void closeStatement() throws SQLException {
        try {
            if (resultSet != null) {
                resultSet.close();
            }
        } finally {
            if (prepared != null) {
                prepared.close();
            }
        }
    }

    private void release() {
        if (!ownsConnection) {
            return;
        }
        try {
            if (engine.dialect().cursorNeedsTransaction() && !connection.isClosed()) {
                connection.commit();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new ActiveRecordException("Releasing a cursor's connection failed: " + e.getMessage(), e);
        } finally {
            try {
                engine.connections().giveBack(connection, holder);
            } catch (SQLException e) {
                throw new ActiveRecordException("Returning a cursor's connection to the pool failed: " + e.getMessage(), e);
            }
        }
    }
}

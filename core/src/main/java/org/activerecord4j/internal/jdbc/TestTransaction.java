package org.activerecord4j.internal.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import org.activerecord4j.ActiveRecordException;

/**
 * What a test's transaction (the testing module's, rolled back at the test's end) knows beyond a transaction's
 * own state: the transaction of the code under test open in it, which runs in a savepoint of its connection,
 * and whether the test has ended. The code's transactions run in it one at a time, as Rails' transactional
 * tests run the application's outermost transaction as a savepoint. Thread-safe: an async transaction of the
 * code ends on an executor thread.
 */
final class TestTransaction {

    private final Engine engine;
    private Transaction open;
    private boolean ended;

    TestTransaction(Engine engine) {
        this.engine = engine;
    }

    /**
     * Sets the savepoint in which {@code code}, a transaction of the code under test, runs.
     *
     * @param code the code's transaction
     * @param connection the test's connection
     * @return the savepoint
     * @throws ActiveRecordException when another of the code's transactions is still open, or the test has ended
     */
    synchronized Savepoint begin(Transaction code, Connection connection) {
        checkNotEnded();
        if (open != null) {
            throw new ActiveRecordException("A transaction was started while another transaction of the code under "
                    + "test was still open in the test's transaction on " + engine.describe() + " (an async transaction "
                    + "the test did not wait for?); inside a TestDatabase test the code's transactions run one at a time, "
                    + "each in a savepoint of the test's connection: wait for the first one (join its future) before "
                    + "starting the next");
        }
        try {
            Savepoint savepoint = connection.setSavepoint();
            open = code;
            return savepoint;
        } catch (SQLException e) {
            throw new ActiveRecordException("Could not set a savepoint in the test's transaction on " + engine.describe()
                    + " for the transaction of the code under test: " + e.getMessage(), e);
        }
    }

    /**
     * Releases the savepoint of the code's transaction, where production commits.
     *
     * @throws SQLException when the driver fails; the savepoint is still open then
     */
    synchronized void release(Connection connection, Savepoint savepoint) throws SQLException {
        if (!ended) {
            connection.releaseSavepoint(savepoint);
        }
        open = null;
    }

    /**
     * Rolls back to the savepoint of the code's transaction, where production rolls back: this also recovers the
     * test's transaction on PostgreSQL, where a failed statement aborted it.
     *
     * @param failure why, which takes the driver's failure as a suppressed one
     */
    synchronized void rollbackTo(Connection connection, Savepoint savepoint, Throwable failure) {
        try {
            if (!ended) {
                connection.rollback(savepoint);
                connection.releaseSavepoint(savepoint);
            }
        } catch (SQLException e) {
            failure.addSuppressed(e);
        } finally {
            open = null;
        }
    }

    /**
     * Throws when the test has ended: its connection went back to the pool, so a statement of an async transaction
     * of the code that the test did not wait for must not run on it.
     *
     * @throws ActiveRecordException saying so
     */
    synchronized void checkNotEnded() {
        if (ended) {
            throw new ActiveRecordException("The test's transaction on " + engine.describe() + " has ended (rolled "
                    + "back), so a statement of the code under test's transaction that the test did not wait for cannot "
                    + "run in it; wait for the code's async transactions (join their futures) before the test ends");
        }
    }

    /**
     * Marks the test as ended, before its transaction rolls back.
     *
     * @return a message saying which of the code's transactions is still open, or null when none
     */
    synchronized String end() {
        ended = true;
        return open == null ? null : "The test ended while a transaction of the code under test was still open in "
                + "the test's transaction on " + engine.describe() + " (an async transaction the test did not wait "
                + "for); its later statements fail: wait for it (join its future) before the test ends";
    }
}

package org.activerecord4j.internal.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.CommitOutcomeUnknownException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a transaction's connection ends: its COMMIT or ROLLBACK, what a failed COMMIT means for the transaction,
 * and giving the connection back, out of the pool when it is left in a state nobody should meet again. Only
 * the COMMIT itself decides the outcome: what runs on the connection after it cannot undo it.
 */
final class ConnectionEnd {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionEnd.class);

    private ConnectionEnd() {
    }

    /**
     * Commits the transaction open on {@code connection} and gives the connection back.
     *
     * @param engine the database
     * @param connection the transaction's connection
     * @param restoreRecords puts the transaction's records back, for a COMMIT the database refused
     * @throws CommitOutcomeUnknownException when the connection was lost during the COMMIT
     * @throws ActiveRecordException when the database refused the COMMIT (the transaction is rolled back)
     */
    static void commit(Engine engine, Connection connection, Runnable restoreRecords) {
        Connection orphan = engine.connections().orphan(connection);
        RuntimeException failed = null;
        try {
            try {
                if (engine.dialect().commitsThroughAutoCommit()) {
                    connection.setAutoCommit(true);
                } else {
                    connection.commit();
                }
            } catch (SQLException e) {
                failed = commitFailed(engine, connection, e, restoreRecords);
            }
            if (failed == null && !engine.dialect().commitsThroughAutoCommit()) {
                switchAutoCommitBackOn(engine, connection);
            }
        } finally {
            close(engine, connection, failed, orphan);
        }
        if (failed != null) {
            throw failed;
        }
    }

    /**
     * Rolls back the transaction open on {@code connection} and gives the connection back.
     *
     * @param engine the database
     * @param connection the transaction's connection
     * @param failure why it rolls back; a failure to roll back is added to it
     */
    static void rollback(Engine engine, Connection connection, Throwable failure) {
        Connection orphan = engine.connections().orphan(connection);
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            failure.addSuppressed(e);
            // The connection may still be in the transaction: closing the driver's connection ends it.
            engine.connections().discard(connection);
        } finally {
            close(engine, connection, failure, orphan);
        }
    }

    /**
     * Tells what a failed COMMIT did. A lost connection leaves the outcome unknown: the records keep what the
     * transaction wrote, whose keys name the rows to look for (restored, they would lose them, and saving them again
     * would write the rows twice should the database have committed). Otherwise the database refused the COMMIT:
     * the transaction is rolled back (explicitly, as SQLite keeps it open after a refused COMMIT) and its records
     * restored.
     */
    private static RuntimeException commitFailed(Engine engine, Connection connection, SQLException failure,
            Runnable restoreRecords) {
        if (ConnectionLoss.is(failure)) {
            engine.connections().discard(connection);
            return new CommitOutcomeUnknownException("Commit outcome unknown on " + engine.describe() + ": the connection "
                    + "to the database was lost during the COMMIT, so the database may have committed the transaction or "
                    + "not; its records keep what it wrote: reload them (reload() fails with RecordNotFoundException for a "
                    + "row that was not committed) or look the rows up to find out before running it again: "
                    + failure.getMessage(), failure);
        }
        try {
            rollbackRefused(engine, connection);
        } catch (SQLException rollbackFailed) {
            failure.addSuppressed(rollbackFailed);
            // Closing the driver's connection ends whatever transaction it still has open.
            engine.connections().discard(connection);
        }
        restoreRecords.run();
        return new ActiveRecordException("Commit failed on " + engine.describe() + "; the transaction was rolled back and "
                + "its records restored: " + failure.getMessage(), failure);
    }

    /**
     * Rolls back the transaction whose COMMIT the database refused. Where the driver noted auto-commit on before a
     * refused COMMIT through auto-commit (sqlite-jdbc), it refuses {@code Connection.rollback()} while the database keeps
     * the transaction open: the dialect's rollback statement ends it, and switching auto-commit on tells the pool that
     * the connection has no transaction left (it would otherwise try that rollback again when the connection is given
     * back, and fail).
     */
    private static void rollbackRefused(Engine engine, Connection connection) throws SQLException {
        String rollback = engine.dialect().rollbackAfterRefusedCommit();
        if (rollback == null || !connection.getAutoCommit()) {
            connection.rollback();
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(rollback);
        }
        connection.setAutoCommit(true);
    }

    /**
     * Switches a committed transaction's connection back to auto-commit. Its failure changes nothing that was
     * committed, so the transaction still ends committed; the connection, in a state the pool cannot trust, goes.
     */
    private static void switchAutoCommitBackOn(Engine engine, Connection connection) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            LOG.debug("Committed on {}, but switching auto-commit back on failed; taking the connection out of the pool",
                    engine.describe(), e);
            engine.connections().discard(connection);
        }
    }

    /**
     * Gives the connection back. A failure to close it is added to {@code failure}, or only logged after a commit,
     * which it does not undo; the connection then leaves the pool. Counts the connection as given back, and closes
     * the driver's connection under it when the database was closed meanwhile ({@link Connections#orphan}).
     */
    private static void close(Engine engine, Connection connection, Throwable failure, Connection orphan) {
        try {
            connection.close();
        } catch (SQLException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            } else {
                LOG.debug("Closing the connection of a transaction committed on {} failed", engine.describe(), e);
            }
            engine.connections().discard(connection);
        } finally {
            engine.connections().released();
            engine.connections().closeOrphan(orphan);
        }
    }
}

package org.activerecord4j.internal.jdbc;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.activerecord4j.ListenerRegistration;
import org.activerecord4j.StatementEvent;
import org.activerecord4j.StatementFailedException;
import org.activerecord4j.StatementListener;
import org.activerecord4j.internal.dialect.Dialect;
import org.activerecord4j.internal.sql.SqlStatement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a database's statements are told once they ran: the SLF4J logger {@code org.activerecord4j.sql}
 * (DEBUG with duration and rows, values at TRACE unless redacted, WARN above the slow threshold) and the
 * statement listeners. Builds the exception of a failed statement. Thread-safe.
 */
final class StatementLog {

    private static final Logger LOG = LoggerFactory.getLogger(StatementLog.class);
    private static final Logger SQL_LOG = LoggerFactory.getLogger("org.activerecord4j.sql");

    private final Dialect dialect;
    private final String database;
    private final boolean redactParameters;
    private final long slowStatementNanos;
    private final List<StatementListener> listeners = new CopyOnWriteArrayList<>();

    StatementLog(Dialect dialect, boolean redactParameters, Duration slowStatementThreshold) {
        this.dialect = dialect;
        this.database = dialect.name();
        this.redactParameters = redactParameters;
        this.slowStatementNanos = slowStatementThreshold.isZero() ? Long.MAX_VALUE : slowStatementThreshold.toNanos();
    }

    ListenerRegistration addListener(StatementListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * Tells the log and the listeners that a statement ran.
     *
     * @param statement what ran
     * @param startedNanos {@link System#nanoTime()} before it ran
     * @param rows rows read or affected
     * @param batchSize parameter sets sent
     * @param failed whether it failed
     */
    void report(SqlStatement statement, long startedNanos, long rows, int batchSize, boolean failed) {
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
        StatementEvent event = new StatementEvent(database, statement.sql(), statement.values(), Duration.ofNanos(elapsed),
                rows, batchSize, failed);
        for (StatementListener listener : listeners) {
            try {
                listener.onStatement(event);
            } catch (RuntimeException | Error e) {
                if (e instanceof VirtualMachineError) {
                    throw e;
                }
                // The statement ran: a listener's failure (an AssertionError too) must not make its caller think it did not.
                LOG.warn("Statement listener {} failed; ignored", listener, e);
            }
        }
    }

    /**
     * Reports a failed statement and builds the exception that carries its SQL and (unless redacted) values.
     * When redacted, values the driver quotes in its message are taken out of the message and of the cause,
     * which becomes a copy of the driver's exception (same class where it is an integrity violation, same
     * SQL state and error code) without them. A batch's message shows the values of its first row, and says so:
     * drivers do not all tell which row failed.
     *
     * @param statement what failed (for a batch, with its first row's values)
     * @param startedNanos when it started
     * @param batchSize parameter sets sent
     * @param cause the driver's exception
     * @param inTransaction whether it ran in a transaction, which the failure rolls back
     * @return the exception to throw
     */
    StatementFailedException failure(SqlStatement statement, long startedNanos, int batchSize, SQLException cause,
            boolean inTransaction) {
        report(statement, startedNanos, 0, batchSize, true);
        List<Object> values = redactParameters ? Collections.nCopies(statement.parameters().size(), "?") : statement.values();
        String lost = ConnectionLoss.is(cause) ? " (the connection to the database was lost"
                + (inTransaction ? "; the transaction was rolled back)" : ")") : "";
        SQLException told = redactParameters ? withoutValues(cause) : cause;
        return new StatementFailedException("Statement failed on " + database + lost + ": " + told.getMessage()
                + "\n  SQL: " + statement.sql() + "\n  Parameters"
                + (batchSize > 1 ? " (of the first of " + batchSize + " rows in a batch)" : "") + ": " + values,
                statement.sql(), values, told);
    }

    private SQLException withoutValues(SQLException cause) {
        String message = dialect.withoutValues(cause.getMessage());
        if (Objects.equals(message, cause.getMessage())) {
            return cause;
        }
        SQLException copy = cause instanceof SQLIntegrityConstraintViolationException
                ? new SQLIntegrityConstraintViolationException(message, cause.getSQLState(), cause.getErrorCode())
                : new SQLException(message, cause.getSQLState(), cause.getErrorCode());
        copy.setStackTrace(cause.getStackTrace());
        return copy;
    }
}

package org.activerecord4j.internal.jdbc;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The statement a piece of work (an async call, a step of an async transaction) runs now, so that the application
 * ending that work's future early ({@code cancel}, {@code orTimeout}) can ask the driver to cancel it
 * ({@link Statement#cancel()}): the server stops it and the connection goes back to the pool at once, rather than
 * when the statement would have ended by itself. Once cancelled, the work's later statements fail before they run.
 * Work outside a watch (every sync call) pays one thread-local read per statement. A cursor opened under a watch stays
 * known to it until it closes, so that a cancel stops its reads too (those of an async stream's later steps); it pays
 * nothing per row. Thread-safe.
 */
public final class StatementWatch {

    private static final Logger LOG = LoggerFactory.getLogger(StatementWatch.class);
    private static final ThreadLocal<StatementWatch> CURRENT = new ThreadLocal<>();

    private Statement running;
    /** The statement of a cursor opened under this watch and not closed yet. */
    private Statement cursor;
    private boolean cancelled;
    /** Whether the work runs code beside the cursor (a subscriber's onNext), whose statements a cancel must spare. */
    private boolean besideCursor;

    /**
     * Runs {@code work} on this thread with its statements watched by this watch.
     *
     * @param work the work
     * @param <R> its result
     * @return the work's result
     */
    public <R> R watching(Supplier<R> work) {
        StatementWatch before = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.get();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }

    /**
     * Cancels the statement the watched work runs now, if any, and the reads of an open cursor, and refuses its later
     * statements. Holds the watch while the driver sends the cancel, so the statement cannot end (nor the cursor
     * close) meanwhile and its connection go on to other work that the cancel would reach.
     */
    public synchronized void cancel() {
        if (cancelled) {
            return;
        }
        cancelled = true;
        cancel(running);
        if (!besideCursor) {
            // On MariaDB a cursor's Statement.cancel() stops whatever runs on its connection: spare the code beside it.
            cancel(cursor);
        }
    }

    /**
     * Notes that the work starts or stops running code beside its open cursor (an async stream's {@code onNext}), whose
     * statements run on the cursor's connection: a cancel meanwhile leaves the cursor alone, since on MariaDB it would
     * stop those statements; the work stops reading once that code returns.
     *
     * @param beside true before the code runs, false after
     */
    public synchronized void besideCursor(boolean beside) {
        besideCursor = beside;
    }

    private static void cancel(Statement statement) {
        if (statement == null) {
            return;
        }
        try {
            statement.cancel();
        } catch (SQLException | RuntimeException e) {
            LOG.debug("The driver could not cancel a statement whose async call was cancelled", e);
        }
    }

    /** @return the watch of the work running on this thread, or null (sync calls) */
    static StatementWatch current() {
        return CURRENT.get();
    }

    /**
     * Notes that {@code statement} is about to run.
     *
     * @param statement the statement
     * @throws SQLException when the work was cancelled already: the statement must not run
     */
    synchronized void starting(Statement statement) throws SQLException {
        if (cancelled) {
            throw new SQLException("Not run: the async call was cancelled or timed out (its future ended) before this "
                    + "statement started", "57014");
        }
        running = statement;
    }

    /** Notes that the statement {@link #starting} named has ended. */
    synchronized void ended() {
        running = null;
    }

    /**
     * Notes that a cursor's statement is about to run; it stays known until {@link #cursorClosing}.
     *
     * @param statement the cursor's statement
     * @throws SQLException when the work was cancelled already: the cursor must not open
     */
    synchronized void cursorOpening(Statement statement) throws SQLException {
        starting(statement);
        running = null;
        cursor = statement;
    }

    /**
     * Notes that the cursor {@link #cursorOpening} named closes: called before its connection can go back to the pool.
     *
     * @param statement the cursor's statement
     */
    synchronized void cursorClosing(Statement statement) {
        if (cursor == statement) {
            cursor = null;
        }
    }
}

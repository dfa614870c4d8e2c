package org.activerecord4j.internal.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.activerecord4j.ActiveRecordException;

/**
 * What a test's transaction (the testing module's, rolled back at the test's end) knows beyond a transaction's
 * own state: the transaction of the code under test open in it, which runs in a savepoint of its connection;
 * the test's plain async calls, whose statements run on its connection on executor threads; and whether the
 * test has ended. The code's transactions run in it one at a time, as Rails' transactional tests run the
 * application's outermost transaction as a savepoint. Where a failed statement aborts the transaction
 * (PostgreSQL), each statement made outside the code's transactions, which production runs in auto-commit, and
 * each cursor opened there, runs in a savepoint of its own, so that its failure leaves the test's transaction usable.
 *
 * <p>One connection serves the test's thread and those executor threads, so its users take turns: a step of
 * async work (a plain call's, or one of an async transaction of the code) runs while no statement of another
 * thread does, and a statement of the test's thread first waits for the test's async calls it made before it
 * (so that statements run in the order the test made them). A stream the test left open holds no turn between
 * its steps. Thread-safe.
 */
public final class TestTransaction {

    private final Engine engine;
    private Transaction open;
    private boolean ended;
    /** Steps of the test's plain async calls queued or running, stream steps included. */
    private int queuedSteps;
    /** Plain async calls (streams aside) whose step is queued or running. */
    private int pendingCalls;
    /** Streams of plain async calls subscribed and not yet closed. */
    private int openStreams;
    /** The thread running a step of async work on the connection, or null. */
    private Thread stepThread;
    /** The thread running a statement on the connection outside any step, and how deep. */
    private Thread statementThread;
    private int statementDepth;
    /** The async side's state of the test's plain calls, made on the first one. */
    private Object calls;
    /** Savepoints of the test's cursors still open that were opened outside the code's transactions, oldest first. */
    private final List<Savepoint> cursorSavepoints = new ArrayList<>();
    /** Where a statement inside a transaction may commit it (MariaDB's schema changes): the watch, else null. */
    private ImplicitCommits implicitCommits;

    TestTransaction(Engine engine) {
        this.engine = engine;
    }

    /** Starts watching the test's statements for one that commits its transaction, where one can. */
    void watchImplicitCommits() {
        implicitCommits = ImplicitCommits.watch(engine, this);
    }

    /**
     * Stops watching for a statement that commits the test's transaction, once the test has ended.
     *
     * @param connection the test's connection, to ask whether its transaction is still open; or null not to ask
     * @return why the test must fail when such a statement committed it (the rows it wrote before were kept), or null
     */
    String implicitCommit(Connection connection) {
        ImplicitCommits watch;
        synchronized (this) {
            watch = implicitCommits;
            implicitCommits = null;
        }
        return watch == null ? null : watch.check(connection);
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
        boolean entered = enterStatement();
        try {
            checkNotEnded();
            if (open != null) {
                throw new ActiveRecordException("A transaction was started while another transaction of the code under "
                        + "test was still open in the test's transaction on " + engine.describe() + " (an async "
                        + "transaction the test did not wait for?); inside a TestDatabase test the code's transactions run "
                        + "one at a time, each in a savepoint of the test's connection: wait for the first one (join its "
                        + "future) before starting the next");
            }
            Savepoint savepoint = connection.setSavepoint();
            open = code;
            return savepoint;
        } catch (SQLException e) {
            throw new ActiveRecordException("Could not set a savepoint in the test's transaction on " + engine.describe()
                    + " for the transaction of the code under test: " + e.getMessage(), e);
        } finally {
            exitStatement(entered);
        }
    }

    /**
     * Releases the savepoint of the code's transaction, where production commits.
     *
     * @throws SQLException when the driver fails; the savepoint is still open then
     */
    synchronized void release(Connection connection, Savepoint savepoint) throws SQLException {
        if (!ended) {
            boolean entered = enterStatement();
            try {
                connection.releaseSavepoint(savepoint);
            } finally {
                exitStatement(entered);
            }
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
                boolean entered = enterStatement();
                try {
                    statementEnded(connection, savepoint, failure);
                } finally {
                    exitStatement(entered);
                }
            }
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
        } finally {
            open = null;
        }
    }

    /**
     * Sets the savepoint in which a statement the code makes outside its transactions runs, on a database where a
     * failed statement aborts the transaction: production runs it in auto-commit, where it fails alone. Called in
     * the statement's turn.
     *
     * @param connection the test's connection
     * @return the savepoint; end it with {@link #statementEnded}
     * @throws SQLException when the driver fails
     */
    Savepoint statementStarts(Connection connection) throws SQLException {
        return connection.setSavepoint();
    }

    /**
     * Ends the savepoint of a statement from {@link #statementStarts}: released after it succeeded, rolled back to
     * after it failed, which undoes what it did and leaves the test's transaction usable, as auto-commit would.
     *
     * @param connection the test's connection
     * @param savepoint the statement's savepoint
     * @param failure the statement's failure, which takes the driver's failure to roll back as a suppressed one,
     *     or null when it succeeded
     * @throws SQLException when the release after a success fails
     */
    void statementEnded(Connection connection, Savepoint savepoint, Throwable failure) throws SQLException {
        if (failure == null) {
            connection.releaseSavepoint(savepoint);
            return;
        }
        try {
            connection.rollback(savepoint);
            connection.releaseSavepoint(savepoint);
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * Records the savepoint of a cursor the test opened outside the code's transactions, set by
     * {@link #statementStarts} before it opened: the cursor's reads fetch rows until it closes, and one that fails
     * rolls back to it ({@link #cursorClosed}).
     *
     * @param savepoint the cursor's savepoint
     */
    synchronized void cursorOpened(Savepoint savepoint) {
        cursorSavepoints.add(savepoint);
    }

    /**
     * Ends the savepoint of a cursor from {@link #cursorOpened}, once it is closed: released, or rolled back to when
     * a read failed. Only while it is the innermost savepoint open on the connection (no later cursor of the test's
     * and no transaction of the code is open), since ending it would end those too; else it stays open until the
     * test's rollback, which is harmless when the cursor succeeded.
     *
     * @param connection the test's connection
     * @param savepoint the cursor's savepoint
     * @param failure the failure of the cursor's read, which takes the driver's failure to roll back as a suppressed
     *     one, or null
     */
    synchronized void cursorClosed(Connection connection, Savepoint savepoint, Throwable failure) {
        int index = cursorSavepoints.lastIndexOf(savepoint);
        if (index < 0) {
            return;
        }
        cursorSavepoints.remove(index);
        if (ended || open != null || index != cursorSavepoints.size()) {
            return;
        }
        boolean entered = enterStatement();
        try {
            statementEnded(connection, savepoint, failure);
        } catch (SQLException e) {
            throw new ActiveRecordException("Releasing the savepoint of a stream in the test's transaction on "
                    + engine.describe() + " failed: " + e.getMessage(), e);
        } finally {
            exitStatement(entered);
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
     * Marks the test as ended, before its transaction rolls back, once the step of async work running on its
     * connection (if any) has ended; the steps queued after it fail without touching the connection.
     *
     * @return a message saying which of the code's transactions, or how many of the test's async calls, are still
     *     open, or null when none
     */
    synchronized String end() {
        ended = true;
        int calls = pendingCalls + openStreams;
        String message = null;
        if (open != null) {
            message = "The test ended while a transaction of the code under test was still open in the test's "
                    + "transaction on " + engine.describe() + " (an async transaction the test did not wait for); its "
                    + "later statements fail: wait for it (join its future) before the test ends";
        }
        if (calls > 0) {
            String pending = "The test ended while " + calls + " async call" + (calls == 1 ? "" : "s") + " of the test "
                    + (calls == 1 ? "was" : "were") + " still pending in its transaction on " + engine.describe()
                    + " (a stream neither read to its end nor cancelled, or a call the test did not wait for); its later "
                    + "statements fail: wait for the test's async calls (join their futures, read or cancel their "
                    + "streams) before the test ends";
            message = message == null ? pending : message + ". " + pending;
        }
        try {
            awaitTurn(false);   // the step running now ends before the connection rolls back and goes back to the pool
        } catch (ActiveRecordException stillRunning) {
            message = (message == null ? "" : message + ". ") + stillRunning.getMessage();
        }
        return message;
    }

    /**
     * Returns the async side's state of the test's plain calls, made by {@code create} on the first call.
     *
     * @param create makes it
     * @param <T> its type
     * @return the state
     */
    @SuppressWarnings("unchecked")
    public synchronized <T> T calls(Supplier<T> create) {
        if (calls == null) {
            calls = create.get();
        }
        return (T) calls;
    }

    /**
     * Counts a step of a plain async call of the test as queued: statements of the test's thread wait for it.
     *
     * @param streamStep whether it is a step of a stream (which {@link #streamOpened} counted as pending)
     */
    public synchronized void stepQueued(boolean streamStep) {
        queuedSteps++;
        if (!streamStep) {
            pendingCalls++;
        }
    }

    /** Counts a stream of a plain async call of the test as open, until {@link #streamClosing}. */
    public synchronized void streamOpened() {
        openStreams++;
    }

    /** Counts a stream of a plain async call of the test as no longer pending: its last step is queued. */
    public synchronized void streamClosing() {
        openStreams--;
    }

    /**
     * Runs a step of a plain async call of the test, queued by {@link #stepQueued}, on an executor thread: in its
     * turn on the connection, with the test's transaction as the thread's.
     *
     * @param test the test's transaction
     * @param streamStep as given to {@link #stepQueued}
     * @param work the step
     * @param <R> its result
     * @return the step's result
     * @throws ActiveRecordException when the test has ended
     */
    public <R> R runCallStep(Transaction test, boolean streamStep, Supplier<R> work) {
        try {
            return runStep(() -> {
                synchronized (this) {
                    if (ended) {
                        throw new ActiveRecordException("The test's transaction on " + engine.describe() + " has ended "
                                + "(rolled back), so a statement of an async call the test did not wait for cannot run in "
                                + "it; wait for the test's async calls (join their futures, read or cancel their streams) "
                                + "before the test ends");
                    }
                }
                return test.runAsCurrent(work);
            });
        } finally {
            synchronized (this) {
                queuedSteps--;
                if (!streamStep) {
                    pendingCalls--;
                }
                notifyAll();
            }
        }
    }

    /**
     * Runs a step of async work on the connection (of a plain call, or of an async transaction of the code) once
     * no statement of another thread runs on it.
     *
     * @param work the step
     * @param <R> its result
     * @return the step's result
     */
    <R> R runStep(Supplier<R> work) {
        Thread thread = Thread.currentThread();
        synchronized (this) {
            while ((stepThread != null && stepThread != thread) || (statementThread != null && statementThread != thread)) {
                waitForTurn();
            }
            if (stepThread == thread || statementThread == thread) {
                return work.get();   // the thread has the turn already (a step inside a step, or run at once)
            }
            stepThread = thread;
        }
        try {
            return work.get();
        } finally {
            synchronized (this) {
                stepThread = null;
                notifyAll();
            }
        }
    }

    /**
     * Takes the connection for a statement of a thread that runs no step of async work (the test's): once the
     * test's async calls made before it and the running step have ended. A step's own statements run in its turn.
     *
     * @return whether it took the turn, to give back with {@link #exitStatement}
     * @throws ActiveRecordException when the async calls do not end within the pool's connection timeout
     */
    synchronized boolean enterStatement() {
        Thread thread = Thread.currentThread();
        if (stepThread == thread) {
            return false;
        }
        if (statementThread == thread) {
            statementDepth++;
            return true;
        }
        awaitTurn(true);
        statementThread = thread;
        statementDepth = 1;
        return true;
    }

    /**
     * Gives back the turn {@link #enterStatement} took.
     *
     * @param entered what it returned
     */
    synchronized void exitStatement(boolean entered) {
        if (entered && --statementDepth == 0) {
            statementThread = null;
            notifyAll();
        }
    }

    /** Waits until no step runs (and, for a statement, none is queued), within the pool's connection timeout. */
    private void awaitTurn(boolean forStatement) {
        long timeout = engine.dataSource().getConnectionTimeout();
        long deadline = System.nanoTime() + timeout * 1_000_000L;
        while (stepThread != null || statementThread != null || (forStatement && queuedSteps > 0)) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0 && !forStatement) {
                throw new ActiveRecordException("The test's end waited " + timeout + " ms for a step of async work "
                        + "still running on the test's connection on " + engine.describe() + "; it goes on beside the "
                        + "rollback");
            }
            if (left <= 0) {
                throw new ActiveRecordException("A statement of the test on " + engine.describe() + " waited " + timeout
                        + " ms for the test's async work running on its connection (" + queuedSteps + " step"
                        + (queuedSteps == 1 ? "" : "s") + " of the test's async calls still queued) to end; the test's "
                        + "statements run one at a time on one connection, in the order the test made them: does an "
                        + "async call wait for something the test does later (a subscriber's onNext that blocks)?");
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ActiveRecordException("Interrupted while a statement of the test waited for the test's async "
                        + "calls on " + engine.describe(), e);
            }
        }
    }

    private void waitForTurn() {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ActiveRecordException("Interrupted while async work waited for the test's connection on "
                    + engine.describe(), e);
        }
    }
}

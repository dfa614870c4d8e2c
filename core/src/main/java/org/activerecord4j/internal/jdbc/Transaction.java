package org.activerecord4j.internal.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.activerecord4j.ActiveRecordException;

/**
 * A transaction: the one open on the current thread: the database it runs on (the one its block named, else the
 * one its first statement is for), its connection, the undo actions that put the records it touched back as
 * they were if it rolls back, and the cursors open on its connection. Confined to its thread.
 *
 * <p>A test's transaction ({@link #markAsTestTransaction()}, the testing module's) is rolled back at the test's end
 * (a lifecycle method's that wrote nothing is committed: {@link #endTestTransaction(boolean)}); the
 * outermost transaction the code under test opens inside it runs in a savepoint of its connection, released
 * where production would commit and rolled back to where production would roll back, so that the code's
 * transactions end inside the test as they do in production.
 */
public final class Transaction {

    private static final ThreadLocal<Transaction> CURRENT = new ThreadLocal<>();
    /** Set while code of an async transaction's chain runs on this thread, outside its statements. */
    private static final ThreadLocal<Boolean> IN_ASYNC_CHAIN = new ThreadLocal<>();
    /** A test's transaction that chain code running on its thread (the test's) keeps aside: the chain runs in its own. */
    private static final ThreadLocal<Transaction> SET_ASIDE = new ThreadLocal<>();

    private Engine engine;
    /** The database a detached transaction binds to on its first statement, or null for that statement's. */
    private Engine scope;
    private Connection connection;
    private Throwable nestedFailure;
    /** The first statement of this transaction that failed, or null. */
    private RuntimeException statementFailure;
    /** The first statement whose failure the database answered by rolling back the whole transaction, or null. */
    private RuntimeException rolledBackBy;
    /** The SQLState of {@code rolledBackBy}. */
    private String rolledBackState;
    private final Map<Object, Runnable> undo = new IdentityHashMap<>();
    private final ArrayList<Runnable> undoOrder = new ArrayList<>();
    private final List<Cursor> cursors = new ArrayList<>();
    /** For a test's transaction, in which the code's transactions run in savepoints: its state, else null. */
    private TestTransaction test;
    /** For a transaction of the code under test: the test's transaction it runs in, and its savepoint. */
    private Transaction testTransaction;
    private Savepoint savepoint;

    private Transaction() {
    }

    /**
     * Returns the transaction open on this thread.
     *
     * @return the transaction, or null
     */
    static Transaction current() {
        return CURRENT.get();
    }

    /**
     * Returns the database the transaction runs on.
     *
     * @return the engine, or null before the first statement
     */
    public Engine engine() {
        return engine;
    }

    /**
     * Returns the connection for a statement on {@code target}: the transaction's own, binding the
     * transaction to {@code target} on its first statement.
     *
     * @param target the database the statement is for
     * @param write whether the statement writes
     * @return the connection, or null for a read of another database (which runs outside the transaction)
     * @throws ActiveRecordException for a write to another database than the transaction's
     */
    Connection connectionFor(Engine target, boolean write) {
        if (testTransaction != null) {
            testTransaction.test.checkNotEnded();
        }
        if (engine == null) {
            bind(scope != null ? scope : target);
        }
        if (engine == target) {
            return connection;
        }
        if (!write) {
            return null;
        }
        throw new ActiveRecordException("This transaction runs on " + engine.describe() + " but a statement writes to "
                + target.describe() + "; one transaction spans one database, and writing to a second one would commit it "
                + "separately: run that write in a transaction of its own database, outside this one");
    }

    private void bind(Engine target) {
        connection = target.openTransactionConnection();
        engine = target;
    }

    /**
     * Remembers how to undo a change to {@code record}, once per record and transaction.
     *
     * @param record the record about to change
     * @param capture captures the record's state now and returns the action that restores it
     * @param <R> the record's type
     * @param <U> the undo action
     * @return the undo action remembered for the record (captured now or earlier)
     */
    <R, U extends Runnable> U undoFor(R record, Function<? super R, U> capture) {
        if (test != null) {
            synchronized (test) {   // the test's async calls write on executor threads too
                return undoForRecord(record, capture);
            }
        }
        return undoForRecord(record, capture);
    }

    @SuppressWarnings("unchecked")
    private <R, U extends Runnable> U undoForRecord(R record, Function<? super R, U> capture) {
        Runnable known = undo.get(record);
        if (known == null) {
            known = capture.apply(record);
            undo.put(record, known);
            undoOrder.add(known);
        }
        return (U) known;
    }

    /**
     * Remembers an undo action that no record looks up again (one for a whole batch).
     *
     * @param action the undo action
     */
    void undoAlso(Runnable action) {
        if (test != null) {
            synchronized (test) {
                undoOrder.add(action);
            }
        } else {
            undoOrder.add(action);
        }
    }

    /**
     * Records that a statement on this transaction's connection failed: where that aborts the transaction
     * ({@link org.activerecord4j.internal.dialect.Dialect#failedStatementAbortsTransaction()}), it can no
     * longer commit, even when the block caught the failure.
     *
     * <p>A failure of SQLState class 40 ("transaction rollback": a deadlock's victim, a serialization failure) means the
     * database rolled back the whole transaction on any dialect (MariaDB otherwise undoes only the failed statement),
     * and the statements after it would run in a new transaction: it cannot commit either.
     *
     * @param failure the statement's failure
     * @param cause the driver's exception
     */
    void statementFailed(RuntimeException failure, SQLException cause) {
        if (statementFailure == null) {
            statementFailure = failure;
        }
        if (rolledBackBy == null && cause.getSQLState() != null && cause.getSQLState().startsWith("40")) {
            rolledBackBy = failure;
            rolledBackState = cause.getSQLState();
        }
    }

    /**
     * Registers a cursor open on this transaction's connection, closed when the transaction ends.
     *
     * @param cursor the cursor
     */
    void opened(Cursor cursor) {
        if (test != null) {
            synchronized (test) {
                cursors.add(cursor);
            }
        } else {
            cursors.add(cursor);
        }
    }

    /** @return the connection this transaction's statements run on, or null before its first statement */
    Connection connection() {
        return connection;
    }

    /**
     * Returns the state of the test's transaction whose connection this transaction uses (its own, or the one it
     * runs in a savepoint of), whose turns its statements take.
     *
     * @return the test's state, or null outside tests
     */
    TestTransaction testConnection() {
        return test != null ? test : testTransaction != null ? testTransaction.test : null;
    }

    /**
     * Returns whether each statement on this transaction's connection runs in a savepoint of its own: in a test's
     * transaction itself (a statement outside any transaction of the code under test, which production runs in
     * auto-commit), where a failed statement aborts the transaction, so that it fails alone as in production.
     *
     * @return true for such a test's transaction on PostgreSQL
     */
    boolean isolatesStatements() {
        return test != null && engine.dialect().failedStatementAbortsTransaction();
    }

    /**
     * Runs {@code body} in a transaction: joins the thread's open one, or opens, commits or rolls back its
     * own. A nested block that throws dooms the whole transaction. On rollback, every record the
     * transaction touched is put back as it was before it.
     *
     * @param scope the database a {@code database.transaction(...)} names, or null to run on the
     *     database of the first statement
     * @param body the block
     * @param <R> its result
     * @param <X> its checked exception
     * @return the block's result
     * @throws X the block's exception, unchanged
     */
    static <R, X extends Exception> R run(Engine scope, Work<R, X> body) throws X {
        Transaction current = CURRENT.get();
        if (current != null && current.test == null) {
            if (scope != null) {
                current.connectionFor(scope, true);
            }
            try {
                return body.run();
            } catch (Throwable failure) {
                current.nestedFailed(failure);
                throw failure;
            }
        }
        Transaction opened;
        if (current != null) {
            opened = current.inSavepoint(scope);
        } else {
            checkNotInAsyncChain();
            opened = new Transaction();
            if (scope != null) {
                opened.bind(scope);
            }
        }
        CURRENT.set(opened);
        R result;
        try {
            result = body.run();
        } catch (Throwable failure) {
            restoreCurrent(current);
            opened.rollback(failure);
            throw failure;
        }
        restoreCurrent(current);
        if (opened.nestedFailure != null) {
            ActiveRecordException rolledBack = new ActiveRecordException("Transaction rolled back: a nested "
                    + "transaction block failed with " + opened.nestedFailure, opened.nestedFailure);
            opened.rollback(rolledBack);
            throw rolledBack;
        }
        opened.commit();
        return result;
    }

    private static void restoreCurrent(Transaction previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }

    /**
     * Makes the transaction open on this thread a test's transaction, which the testing module rolls back at the
     * test's end: the outermost transaction the code under test opens inside it, sync or async, runs in a
     * savepoint, and ends as it would in production (released on success; rolled back to, its records restored,
     * on failure) instead of joining the test's transaction.
     *
     * @throws IllegalStateException when no transaction bound to a database is open on this thread
     */
    public static void markAsTestTransaction() {
        Transaction current = CURRENT.get();
        if (current == null || current.engine == null || current.testTransaction != null) {
            throw new IllegalStateException("A test's transaction is the outermost transaction of its thread, opened "
                    + "on its database");
        }
        current.test = new TestTransaction(current.engine);
        current.test.watchImplicitCommits();
        current.engine.runningTest(current);
    }

    /**
     * Marks the test's transaction open on this thread as ended, before it rolls back (or, for a lifecycle method of the
     * test's that wrote nothing, commits): a statement of a transaction of the code under test still open in it fails
     * from now on. Where a statement inside a transaction commits it (a schema change on MariaDB) and the transaction
     * is to roll back, checks that none did, with at most one query.
     *
     * @param commits whether the transaction is to commit, so that a statement committing it earlier loses nothing
     * @return why the test must fail when such a transaction is still open (one the test did not wait for), or when a
     *     statement committed the test's transaction that is to roll back (so the rows it wrote before were kept), or null
     */
    public static String endTestTransaction(boolean commits) {
        Transaction current = CURRENT.get();
        if (current == null || current.test == null) {
            return null;
        }
        current.engine.runningTest(null);
        String stillOpen = current.test.end();
        // With work still open on the connection, no query of the check runs beside it.
        String committed = current.test.implicitCommit(stillOpen == null && !commits ? current.connection : null);
        return commits || committed == null ? stillOpen : stillOpen == null ? committed : stillOpen + ". " + committed;
    }

    /**
     * Returns the test's transaction open on this thread, when no transaction of the code under test is open
     * on this thread in it: an async transaction started now runs in a savepoint of it ({@link #inSavepoint}).
     *
     * @return the test's transaction, or null
     */
    public static Transaction testTransactionOnThisThread() {
        Transaction current = CURRENT.get();
        return current != null && current.test != null ? current : null;
    }

    /**
     * Returns the test's transaction running on {@code engine} (the testing module's): the plain async calls made
     * during the test on any thread outside a transaction run in it.
     *
     * @param engine the database
     * @return the test's transaction, or null when no test runs on it (always in production)
     */
    public static Transaction testTransactionOn(Engine engine) {
        return engine.runningTest();
    }

    /**
     * Returns the state of this, a test's transaction, through which the test's plain async calls run on its
     * connection.
     *
     * @return the state, or null when this is no test's transaction
     */
    public TestTransaction testState() {
        return test;
    }

    /**
     * Opens a transaction of the code under test in a savepoint of this, a test's transaction.
     *
     * @param scope the database the code's transaction names, or null
     * @return the transaction, whose commit releases the savepoint and whose rollback rolls back to it
     * @throws ActiveRecordException when another of the code's transactions is still open in the test's (an
     *     async one the test did not wait for), or {@code scope} is another database than the test's
     */
    public Transaction inSavepoint(Engine scope) {
        if (scope != null) {
            connectionFor(scope, true);
        }
        Transaction code = new Transaction();
        code.testTransaction = this;
        code.engine = engine;
        code.connection = connection;
        code.savepoint = test.begin(code, connection);
        return code;
    }

    /**
     * Starts a transaction that no thread has yet: the transaction of an async chain, whose statements run
     * one after another on executor threads, each with {@link #runAsCurrent}. It takes its connection on its
     * first statement, on the thread that runs it.
     *
     * @param scope the database it runs on, or null for the database of its first statement
     * @return the transaction
     */
    public static Transaction detached(Engine scope) {
        Transaction transaction = new Transaction();
        transaction.scope = scope;
        return transaction;
    }

    /**
     * Returns whether a transaction block is open on this thread.
     *
     * @return true inside {@code transaction(...)} and while a detached transaction's statement runs
     */
    public static boolean openOnThisThread() {
        return CURRENT.get() != null;
    }

    /**
     * Runs {@code work} with this transaction as the current thread's, as if inside its block.
     *
     * @param work the work
     * @param <R> its result
     * @return the work's result
     * @throws IllegalStateException when the thread already has a transaction
     */
    public <R> R runAsCurrent(Supplier<R> work) {
        if (CURRENT.get() != null) {
            throw new IllegalStateException("This thread already has a transaction");
        }
        if (testTransaction != null) {
            // A step of an async transaction of the code, on the test's connection: in its turn.
            return testTransaction.test.runStep(() -> runAsCurrentNow(work));
        }
        return runAsCurrentNow(work);
    }

    private <R> R runAsCurrentNow(Supplier<R> work) {
        CURRENT.set(this);
        Boolean chain = IN_ASYNC_CHAIN.get();
        IN_ASYNC_CHAIN.remove();
        try {
            return work.get();
        } finally {
            CURRENT.remove();
            if (chain != null) {
                IN_ASYNC_CHAIN.set(chain);
            }
        }
    }

    /**
     * Runs {@code work} as code of an async transaction's chain: a statement it starts without going through
     * the async API (a sync call) would run outside the transaction, so it fails instead.
     *
     * @param work the work
     * @param <R> its result
     * @return the work's result
     */
    public static <R> R inAsyncChain(Supplier<R> work) {
        Transaction current = CURRENT.get();
        if (current == null || current.test == null) {
            return withChainFlag(Boolean.TRUE, work);
        }
        // Chain code on the test's thread (an async transaction's body) belongs to the chain's transaction.
        CURRENT.remove();
        SET_ASIDE.set(current);
        try {
            return withChainFlag(Boolean.TRUE, work);
        } finally {
            SET_ASIDE.remove();
            CURRENT.set(current);
        }
    }

    /**
     * Runs {@code work} as code outside any async transaction's chain, on a thread that runs one.
     *
     * @param work the work
     * @param <R> its result
     * @return the work's result
     */
    public static <R> R outsideAsyncChain(Supplier<R> work) {
        Transaction aside = SET_ASIDE.get();
        if (aside == null || CURRENT.get() != null) {
            return withChainFlag(null, work);
        }
        CURRENT.set(aside);
        SET_ASIDE.remove();
        try {
            return withChainFlag(null, work);
        } finally {
            SET_ASIDE.set(aside);
            CURRENT.remove();
        }
    }

    private static <R> R withChainFlag(Boolean flag, Supplier<R> work) {
        Boolean previous = IN_ASYNC_CHAIN.get();
        IN_ASYNC_CHAIN.set(flag);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                IN_ASYNC_CHAIN.remove();
            } else {
                IN_ASYNC_CHAIN.set(previous);
            }
        }
    }

    /**
     * Throws when a statement would start, outside any transaction, from code of an async transaction's chain.
     *
     * @throws ActiveRecordException naming the fix
     */
    static void checkNotInAsyncChain() {
        if (Boolean.TRUE.equals(IN_ASYNC_CHAIN.get())) {
            throw new ActiveRecordException("A sync call (a statement or a transaction block) was made inside an async "
                    + "transaction's chain, where it would run outside the transaction; make the call through the async "
                    + "API (AsyncActiveRecord, AsyncQuery, the Async relations, AsyncActiveRecord.transaction), whose "
                    + "futures join the transaction");
        }
    }

    /**
     * Records that a nested block of this transaction failed, which dooms it; the first failure is the one the
     * rollback names, later ones (often its consequences) are not.
     *
     * @param failure the nested block's failure
     */
    public void nestedFailed(Throwable failure) {
        if (nestedFailure == null) {
            nestedFailure = failure;
        }
    }

    /**
     * Ends a transaction made with {@link #detached}: commits when {@code failure} is null and no nested
     * block failed, else rolls back (restoring the records it touched).
     *
     * @param failure what failed, or null
     * @throws org.activerecord4j.CommitOutcomeUnknownException when the connection was lost during the COMMIT
     * @throws ActiveRecordException when the commit fails, or a nested block failed
     */
    public void finish(Throwable failure) {
        if (failure != null) {
            rollback(failure);
            return;
        }
        if (nestedFailure != null) {
            ActiveRecordException rolledBack = new ActiveRecordException("Transaction rolled back: a nested "
                    + "transaction block failed with " + nestedFailure, nestedFailure);
            rollback(rolledBack);
            throw rolledBack;
        }
        commit();
    }

    /** A transaction's block. */
    @FunctionalInterface
    interface Work<R, X extends Exception> {
        R run() throws X;
    }

    private void commit() {
        if (engine == null) {
            return;
        }
        if (statementFailure != null && engine.dialect().failedStatementAbortsTransaction() && !isolatesStatements()) {
            // The server would answer the COMMIT with a ROLLBACK that the driver does not report.
            ActiveRecordException rolledBack = new ActiveRecordException("Transaction rolled back: a statement failed "
                    + "inside it, and on " + engine.describe() + " a failed statement aborts the whole transaction, so "
                    + "nothing it wrote could be committed although the block caught the failure; let the failure end "
                    + "the block, or run the whole transaction again: " + statementFailure.getMessage(), statementFailure);
            rollback(rolledBack);
            throw rolledBack;
        }
        if (rolledBackBy != null) {
            ActiveRecordException rolledBack = new ActiveRecordException("Transaction rolled back: a statement failed "
                    + "inside it, and " + engine.describe() + " rolled back the whole transaction at that failure (SQLState "
                    + rolledBackState + ": a deadlock or serialization failure), so what it wrote before the failure is "
                    + "gone and nothing after it could be committed although the block caught the failure; let the failure "
                    + "end the block, or run the whole transaction again: " + rolledBackBy.getMessage(), rolledBackBy);
            rollback(rolledBack);
            throw rolledBack;
        }
        if (engine.isClosed()) {
            // The pool aborted the connection (a COMMIT on it would read as a lost connection), or, on SQLite, whose
            // driver ignores the abort, left it open: a transaction outliving its database commits on neither.
            ActiveRecordException rolledBack = new ActiveRecordException("Transaction rolled back: the database "
                    + engine.describe() + " was closed (Database.close()) while the transaction was open, so nothing of it "
                    + "was committed; its records were restored");
            rollback(rolledBack);
            throw rolledBack;
        }
        closeCursors(null);
        if (testTransaction != null) {
            releaseSavepoint();
            return;
        }
        ConnectionEnd.commit(engine, connection, this::restoreRecords);
    }

    private void rollback(Throwable failure) {
        restoreRecords();
        if (engine == null) {
            return;
        }
        closeCursors(failure);
        if (testTransaction != null) {
            testTransaction.test.rollbackTo(connection, savepoint, failure);
            return;
        }
        ConnectionEnd.rollback(engine, connection, failure);
    }

    /**
     * Ends a transaction of the code under test where production commits: releases its savepoint, and the test's
     * transaction takes over its undo actions, so that its records come back at the test's end.
     */
    private void releaseSavepoint() {
        try {
            testTransaction.test.release(connection, savepoint);
        } catch (SQLException e) {
            ActiveRecordException failed = new ActiveRecordException("Commit failed on " + engine.describe() + " (the "
                    + "release of the savepoint in which the code's transaction ran inside the test's); the transaction "
                    + "was rolled back and its records restored: " + e.getMessage(), e);
            restoreRecords();
            testTransaction.test.rollbackTo(connection, savepoint, failed);
            throw failed;
        }
        synchronized (testTransaction.test) {
            undo.forEach(testTransaction.undo::putIfAbsent);
            testTransaction.undoOrder.addAll(undoOrder);
        }
    }

    private void restoreRecords() {
        for (int i = undoOrder.size() - 1; i >= 0; i--) {
            undoOrder.get(i).run();
        }
    }

    private void closeCursors(Throwable failure) {
        for (Cursor cursor : cursors) {
            try {
                cursor.transactionEnded();
            } catch (RuntimeException e) {
                if (failure != null) {
                    failure.addSuppressed(e);
                }
            }
        }
    }
}

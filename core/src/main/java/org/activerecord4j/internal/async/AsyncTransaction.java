package org.activerecord4j.internal.async;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.InvalidArgumentException;
import org.activerecord4j.internal.jdbc.Engine;
import org.activerecord4j.internal.jdbc.Routing;
import org.activerecord4j.internal.jdbc.Transaction;

/**
 * The transaction of an async chain: a {@link Transaction} whose statements run one after another on a
 * {@link Lane} (so on one connection, held from the first statement to the end), which commits when the
 * stage its body returned completes normally and rolls back otherwise. The chain finds it through
 * {@link AsyncContext}. Thread-safe.
 */
final class AsyncTransaction {

    private static final String ENDED = "This async transaction has already ended (committed or rolled back), so a "
            + "statement its chain started afterwards would run outside it; compose the call into the stage the "
            + "transaction body returns (thenCompose) so that the transaction waits for it";

    private static final String ENDED_EARLY = " was cancelled or timed out (its future ended early) while its %s ran, so "
            + "the caller was told it failed though it may have written; the transaction can only roll back. Let the "
            + "failure end the chain, or cancel the transaction's own future to stop it";
    /** Why a transaction one of whose calls was ended while it ran rolls back. */
    static final String STEP_ENDED_EARLY = "Transaction rolled back: a call of its chain"
            + String.format(ENDED_EARLY, "statements");
    /** Why a transaction a nested transaction of which was ended while it ran rolls back. */
    static final String NESTED_ENDED_EARLY = "Transaction rolled back: a nested transaction of its chain"
            + String.format(ENDED_EARLY, "work");

    private final Transaction transaction;
    /** The database the transaction names: its own, or the one a nested transaction named before any statement. */
    private volatile Engine scope;
    private volatile Routing.Snapshot routing;
    private final Lane lane;
    private volatile Throwable nestedFailure;
    /**
     * Why the transaction can only roll back: a call of its chain, or a nested transaction, whose future the
     * application ended while it ran; or null.
     */
    private volatile String endedEarly;
    /** Whether the transaction is ending: its chain's stage completed, or the application ended its future. */
    private final AtomicBoolean ending = new AtomicBoolean();

    private AsyncTransaction(Transaction transaction, Engine scope, Routing.Snapshot callerRouting) {
        this.transaction = transaction;
        this.scope = scope;
        this.routing = scope == null ? callerRouting : new Routing.Snapshot(callerRouting.scoped(), scope);
        this.lane = new Lane(this, this::runStep, ENDED);
    }

    /**
     * Runs {@code body} as an async transaction: joins the chain's own when there is one, else opens one that
     * ends when the stage {@code body} returns completes.
     *
     * @param scope the database a {@code db.transactionAsync(...)} names, or null for the one of the first statement
     * @param body returns the stage that ends the transaction's work
     * @param <R> the result
     * @return completes with the stage's result after the commit, or with its failure after the rollback
     */
    static <R> CompletableFuture<R> run(Engine scope, Supplier<? extends CompletionStage<R>> body) {
        AsyncTransaction current = AsyncContext.current();
        if (current != null) {
            return current.join(scope, body);
        }
        return start(new AsyncTransaction(Transaction.detached(scope), scope, Routing.snapshot()), body);
    }

    /**
     * Runs {@code body} as an async transaction of the code under test in a savepoint of {@code test}, the test's
     * transaction open on the calling thread: on the test's connection, ending as it would in production.
     *
     * @param test the test's transaction
     * @param scope the database a {@code db.transactionAsync(...)} names, or null
     * @param body returns the stage that ends the transaction's work
     * @param <R> the result
     * @return completes with the stage's result after the savepoint's release, or with its failure after the
     *     rollback to the savepoint
     */
    static <R> CompletableFuture<R> runInTest(Transaction test, Engine scope, Supplier<? extends CompletionStage<R>> body) {
        Transaction transaction;
        try {
            transaction = test.inSavepoint(scope);
        } catch (RuntimeException failure) {
            return Async.failed(failure);
        }
        // Its statements go to the test's database, on the test's connection.
        return start(new AsyncTransaction(transaction, test.engine(), Routing.snapshot()), body);
    }

    /** Records that a nested transaction failed, which dooms this one; the first failure is the one the rollback names. */
    private synchronized void nestedFailed(Throwable failure) {
        if (nestedFailure == null) {
            nestedFailure = failure;
        }
    }

    /**
     * Records that the application ended the future of a call of the chain, or of a nested transaction, while it
     * ran, which dooms the transaction: its caller was told it failed, though it may have written.
     *
     * @param why the rollback's message ({@link #STEP_ENDED_EARLY} or {@link #NESTED_ENDED_EARLY}); the first is kept
     */
    synchronized void endedEarly(String why) {
        if (endedEarly == null) {
            endedEarly = why;
        }
    }

    private static <R> CompletableFuture<R> start(AsyncTransaction opened, Supplier<? extends CompletionStage<R>> body) {
        TransactionFuture<R> result = new TransactionFuture<>();
        // Cancelled, or timed out (orTimeout), before the chain's stage completed: the transaction ends now and
        // rolls back, giving its connection back; the calls its chain makes later fail as after any end.
        result.whenComplete((value, failure) -> {
            if (failure != null) {
                opened.end(failure, null, result);
            }
        });
        CompletionStage<R> stage;
        try {
            stage = opened.body(body);
        } catch (Throwable failure) {
            opened.end(failure, null, result);
            return result;
        }
        stage.whenComplete((value, failure) -> opened.end(failure, value, result));
        return result;
    }

    /**
     * Returns where the chain's statements go: the caller's routing, with the transaction's database for
     * models bound to none.
     *
     * @return the routing
     */
    Routing.Snapshot routing() {
        return routing;
    }

    /**
     * Queues a statement of the chain.
     *
     * @param target the database the statement is for
     * @param callerScoped the database of the {@code use} block the call was made in (null outside one): the
     *     statement goes there, as a sync call's in a transaction block does, so a write to a database other than
     *     the transaction's fails rather than land in the transaction's
     * @param work the statement
     * @param <R> its result
     * @return completes with its result; fails when the transaction has ended
     */
    <R> CompletableFuture<R> submit(Engine target, Engine callerScoped, Supplier<R> work) {
        Supplier<R> step = callerScoped == routing.scoped() ? work
                : () -> Routing.with(new Routing.Snapshot(callerScoped, routing.transactionScoped()), work);
        return lane.submit(AsyncEngine.of(scope != null ? scope : target), step);
    }

    private <R> CompletableFuture<R> join(Engine nestedScope, Supplier<? extends CompletionStage<R>> body) {
        StepFuture<R> joined = StepFuture.nested(this);
        // The outer transaction's database: the one it names, else the one its first statement went to.
        Engine outer;
        synchronized (this) {
            outer = scope != null ? scope : lane.database();
            if (nestedScope != null && outer == null) {
                // No statement yet: the transaction runs on the database the nested one names, as in sync.
                scope = nestedScope;
                routing = new Routing.Snapshot(routing.scoped(), nestedScope);
                outer = nestedScope;
            }
        }
        if (nestedScope != null && nestedScope != outer) {
            endNested(joined, null, new ActiveRecordException("This async transaction runs on " + outer.describe()
                    + " but a nested transaction names " + nestedScope.describe() + "; one transaction spans one database: "
                    + "start the other database's transaction outside this one"));
            return joined;
        }
        CompletionStage<R> stage;
        try {
            stage = body(body);
        } catch (Throwable failure) {
            nestedFailed(failure);
            endNested(joined, null, failure);
            return joined;
        }
        stage.whenComplete((value, failure) -> {
            if (failure != null) {
                Throwable cause = Async.unwrap(failure);
                nestedFailed(cause);
                endNested(joined, null, cause);
            } else {
                endNested(joined, value, null);
            }
        });
        return joined;
    }

    /** Completes a nested transaction's future with its outcome, unless the application ended it first. */
    private static <R> void endNested(StepFuture<R> joined, R value, Throwable failure) {
        if (joined.settle()) {
            joined.end(value, failure);
        }
    }

    private <R> CompletionStage<R> body(Supplier<? extends CompletionStage<R>> body) {
        CompletionStage<R> stage = AsyncContext.with(this, body);
        if (stage == null) {
            throw new InvalidArgumentException("The body of an async transaction returned null; return the stage that "
                    + "ends its work, e.g. user.save().thenCompose(saved -> profile.save())");
        }
        return stage;
    }

    /**
     * Commits or rolls back after the statements already queued, gives the connection back, then completes
     * {@code result}; only the first call ends the transaction.
     */
    private <R> void end(Throwable failure, R value, TransactionFuture<R> result) {
        if (!ending.compareAndSet(false, true)) {
            return;
        }
        if (result.isDone()) {
            // The application cancelled the future or timed it out: the statement running now stops, so the
            // rollback need not wait for it.
            lane.interrupt();
        }
        Throwable cause = failure == null ? null : Async.unwrap(failure);
        lane.close(() -> {
            Throwable nested = nestedFailure;
            if (nested != null) {
                transaction.nestedFailed(nested);
            }
            Throwable refused = lane.refusal();
            if (cause == null && refused != null) {
                // The executor refused the chain's work: what it queued never ran, so nothing may commit.
                transaction.finish(refused);
                throw refused instanceof RuntimeException runtime ? runtime : new ActiveRecordException(refused.getMessage(), refused);
            }
            String doomed = endedEarly;
            if (cause == null && doomed != null) {
                ActiveRecordException rolledBack = new ActiveRecordException(doomed);
                transaction.finish(rolledBack);
                throw rolledBack;
            }
            if (cause == null && !result.beginCommit()) {
                // The application cancelled the future or timed it out while the last statements ran: its caller
                // was told the transaction failed, so it must not commit.
                transaction.finish(result.abandonment());
                return null;
            }
            transaction.finish(cause);
            return null;
        }).whenComplete((ignored, endFailure) -> AsyncContext.outside(() -> {
            if (cause != null) {
                result.end(null, cause);
            } else if (endFailure != null) {
                result.end(null, Async.unwrap(endFailure));
            } else {
                result.end(value, null);
            }
        }));
    }

    private <R> R runStep(Supplier<R> work) {
        return Routing.with(routing, () -> transaction.runAsCurrent(work));
    }

    /**
     * Returns the steps of a stream opened in this transaction: its statements, on the transaction's connection.
     *
     * @param target the database the stream reads
     * @param callerScoped the database of the {@code use} block the stream was opened in, or null
     * @return the steps
     */
    RecordPublisher.Steps steps(Engine target, Engine callerScoped) {
        return new RecordPublisher.Steps() {
            @Override
            public <R> CompletableFuture<R> run(Supplier<R> work) {
                return submit(target, callerScoped, work);
            }

            @Override
            public <R> CompletableFuture<R> last(Supplier<R> work) {
                return submit(target, callerScoped, work);
            }

            @Override
            public AsyncTransaction transaction() {
                return AsyncTransaction.this;
            }
        };
    }
}

package org.activerecord4j.internal.async;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.internal.jdbc.Engine;
import org.activerecord4j.internal.jdbc.Routing;
import org.activerecord4j.internal.jdbc.Transaction;

/**
 * The async front door's one way into the runtime: runs the same sync work the sync API runs, on the
 * database's async executor, in the chain's async transaction when there is one. The calling thread only
 * queues work; every failure, including one found before the work is queued, completes the future
 * exceptionally with the exception the sync call would throw.
 */
public final class Async {

    private static final String IN_SYNC_TRANSACTION = "An async call was made inside a sync transaction block, where "
            + "its statements would run on another thread, outside the transaction; use the sync API inside "
            + "transaction(...), or AsyncActiveRecord.transaction(...) / db.transactionAsync(...) for async work";

    private Async() {
    }

    /**
     * Runs {@code work}, the sync call, as an async call on {@code model}'s database.
     *
     * @param model the model whose database the work's statements go to
     * @param work the sync work
     * @param <R> its result
     * @return completes with the work's result or failure
     */
    public static <R> CompletableFuture<R> call(Class<?> model, Supplier<R> work) {
        if (AsyncContext.isBesideStream()) {
            return besideStream(work);
        }
        try {
            Transaction test = testTransaction();
            Engine engine = Routing.forModel(model);
            AsyncTransaction transaction = AsyncContext.current();
            if (transaction != null) {
                return transaction.submit(engine, Routing.snapshot().scoped(), work);
            }
            TestCalls testCalls = testCalls(test, engine);
            if (testCalls != null) {
                return testCalls.submit(work);
            }
            return AsyncEngine.of(engine).call(Routing.snapshot(), work);
        } catch (RuntimeException failure) {
            return failed(failure);
        }
    }

    /**
     * Returns the test's transaction open on this thread (the testing module's), in which a plain async call
     * made now runs; refuses a call inside any other transaction block, whose statements would run outside it.
     *
     * @return the test's transaction, or null outside any transaction block (always in production)
     * @throws ActiveRecordException inside a transaction block that is no test's
     */
    private static Transaction testTransaction() {
        if (!Transaction.openOnThisThread()) {
            return null;
        }
        Transaction test = Transaction.testTransactionOnThisThread();
        if (test == null) {
            throw new ActiveRecordException(IN_SYNC_TRANSACTION);
        }
        return test;
    }

    /**
     * Returns where a plain async call on {@code engine} runs when a test runs on it: in the test's transaction
     * open on this thread, else in the one the testing module runs on the database (a call made by a stage on
     * another thread).
     *
     * @param onThisThread the test's transaction open on this thread, or null
     * @param engine the call's database
     * @return the test's calls, or null when no test runs on the database (always in production)
     */
    private static TestCalls testCalls(Transaction onThisThread, Engine engine) {
        Transaction test = onThisThread != null ? onThisThread : Transaction.testTransactionOn(engine);
        if (test == null || test.engine() != engine) {
            return null;
        }
        return TestCalls.of(test);
    }

    /**
     * Runs a call a stream's subscriber made while the stream hands it a record: at once, on this executor
     * thread, beside the stream's cursor, as a sync stream's consumer would run it (so it never waits for a
     * connection the stream holds).
     */
    private static <R> CompletableFuture<R> besideStream(Supplier<R> work) {
        CompletableFuture<R> result = ContextFuture.of(AsyncContext.current());
        try {
            result.complete(work.get());
        } catch (RuntimeException | Error failure) {
            result.completeExceptionally(failure);
        }
        return result;
    }

    /**
     * Returns {@code start}'s future, or a failed one when it throws: for calls that check their arguments
     * on the calling thread before they queue work.
     *
     * @param start starts the call
     * @param <R> its result
     * @return the call's future
     */
    public static <R> CompletableFuture<R> guarded(Supplier<CompletableFuture<R>> start) {
        try {
            return start.get();
        } catch (RuntimeException failure) {
            return failed(failure);
        }
    }

    /**
     * Returns a future already completed with {@code value}, as a call answered from memory returns: stages
     * chained on it stay in the caller's async transaction.
     *
     * @param value the value
     * @param <R> its type
     * @return the future
     */
    public static <R> CompletableFuture<R> completed(R value) {
        CompletableFuture<R> result = ContextFuture.of(AsyncContext.current());
        result.complete(value);
        return result;
    }

    /**
     * Returns a future already failed with {@code failure}.
     *
     * @param failure the failure
     * @param <R> the result type
     * @return the future
     */
    public static <R> CompletableFuture<R> failed(Throwable failure) {
        CompletableFuture<R> result = ContextFuture.of(AsyncContext.current());
        result.completeExceptionally(failure);
        return result;
    }

    /**
     * Runs {@code body} as an async transaction, or as part of the chain's one.
     *
     * @param scope the database the transaction runs on, or null for the one of its first statement
     * @param body returns the stage that ends the transaction's work
     * @param <R> the result
     * @return completes with the stage's result after the commit, or its failure after the rollback
     */
    public static <R> CompletableFuture<R> transaction(Engine scope, Supplier<? extends CompletionStage<R>> body) {
        AsyncTransaction stream = AsyncContext.streamTransaction();
        if (stream != null && AsyncContext.isBesideStream()) {
            // A stream's subscriber is part of the chain of the transaction the stream reads in: join it.
            return AsyncContext.with(stream, () -> AsyncTransaction.run(scope, body));
        }
        Transaction test = Transaction.testTransactionOnThisThread();
        if (test != null) {
            // The code under test's transaction, in a test's transaction: it runs in a savepoint of the test's.
            return AsyncTransaction.runInTest(test, scope, body);
        }
        if (Transaction.openOnThisThread()) {
            return failed(new ActiveRecordException(IN_SYNC_TRANSACTION));
        }
        return AsyncTransaction.run(scope, body);
    }

    /**
     * Returns a future that completes when every one of {@code futures} has, as
     * {@link CompletableFuture#allOf} does, but that belongs to the async transaction of the chain it is made in
     * (or of the first of {@code futures} that belongs to one), so that every stage chained on it, on whatever
     * executor, joins that transaction.
     *
     * @param futures the futures to wait for
     * @return completes normally when all did, or exceptionally as {@code CompletableFuture.allOf} does
     */
    public static CompletableFuture<Void> allOf(CompletableFuture<?>... futures) {
        AsyncTransaction transaction = AsyncContext.current();
        for (int i = 0; transaction == null && i < futures.length; i++) {
            transaction = ContextFuture.transactionOf(futures[i]);
        }
        CompletableFuture<Void> all = ContextFuture.of(transaction);
        CompletableFuture.allOf(futures).whenComplete((done, failure) -> {
            if (failure == null) {
                all.complete(null);
            } else {
                all.completeExceptionally(failure);
            }
        });
        return all;
    }

    /**
     * Returns the failure inside a {@link CompletionException}, as the sync call would have thrown it.
     *
     * @param failure a stage's failure
     * @return its cause when it is a CompletionException with one, else itself
     */
    static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    /**
     * Returns a publisher of the records of {@code open}'s stream, read on {@code model}'s database as the
     * subscriber asks for them, at most {@code batch} per step.
     *
     * @param model the model whose database the stream reads
     * @param open opens the sync stream (on an executor thread)
     * @param batch the most records read in one step
     * @param <T> the record
     * @return the publisher; each subscription reads its own stream
     */
    public static <T> Flow.Publisher<T> publisher(Class<?> model, Supplier<Stream<T>> open, int batch) {
        try {
            Transaction test = testTransaction();
            Engine engine = Routing.forModel(model);
            AsyncTransaction transaction = AsyncContext.current();
            Routing.Snapshot routing = Routing.snapshot();
            TestCalls testCalls = transaction == null ? testCalls(test, engine) : null;
            return new RecordPublisher<>(() -> transaction != null ? transaction.steps(engine, routing.scoped())
                    : testCalls != null ? testCalls.steps(routing)
                    : new RecordPublisher.OwnLane(AsyncEngine.of(engine), routing), open, batch);
        } catch (RuntimeException failure) {
            return RecordPublisher.failing(failure);
        }
    }
}

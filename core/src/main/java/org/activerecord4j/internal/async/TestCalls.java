package org.activerecord4j.internal.async;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.activerecord4j.internal.jdbc.Engine;
import org.activerecord4j.internal.jdbc.Routing;
import org.activerecord4j.internal.jdbc.TestTransaction;
import org.activerecord4j.internal.jdbc.Transaction;

/**
 * The plain async calls (outside any async transaction) of a test that runs in a test's transaction (the testing
 * module's): their statements run in the test's transaction, on its connection, one at a time in the order the
 * calls were made, on the database's executor (never on the calling thread), taking turns with the test's own
 * statements ({@link TestTransaction}). Their futures are plain ones, as in production. Thread-safe.
 */
final class TestCalls {

    private final Transaction test;
    private final TestTransaction state;
    private final AsyncEngine engine;
    private final Lane lane;

    private TestCalls(Transaction test) {
        this.test = test;
        this.state = test.testState();
        this.engine = AsyncEngine.of(test.engine());
        // The test holds its connection already: the lane takes no permit, and is never closed.
        this.lane = new Lane(null, TestCalls::direct, "The test's async calls have ended", false);
    }

    private static <R> R direct(Supplier<R> work) {
        return work.get();   // each step takes its turn and its transaction itself (runCallStep)
    }

    /**
     * Returns the plain async calls of {@code test}, a test's transaction.
     *
     * @param test the test's transaction
     * @return its calls
     */
    static TestCalls of(Transaction test) {
        return test.testState().calls(() -> new TestCalls(test));
    }

    /**
     * Returns whether a call on {@code target} runs in this test's transaction: one on another database runs as
     * in production.
     *
     * @param target the call's database
     * @return true for the test's database
     */
    boolean covers(Engine target) {
        return target == test.engine();
    }

    /**
     * Queues a plain async call of the test.
     *
     * @param work the sync work
     * @param <R> its result
     * @return completes with its result or failure; fails when the test has ended before it ran
     */
    <R> CompletableFuture<R> submit(Supplier<R> work) {
        return queue(false, Routing.snapshot(), work);
    }

    private <R> CompletableFuture<R> queue(boolean streamStep, Routing.Snapshot routing, Supplier<R> work) {
        state.stepQueued(streamStep);
        return lane.submit(engine, () -> state.runCallStep(test, streamStep, () -> Routing.with(routing, work)));
    }

    /**
     * Returns the steps of a stream subscribed to as a plain async call of the test: pending (failing the test
     * should it end first) until it is read to its end or cancelled.
     *
     * @param routing where the statements of the code that made the stream go
     * @return the steps
     */
    RecordPublisher.Steps steps(Routing.Snapshot routing) {
        state.streamOpened();
        return new RecordPublisher.Steps() {
            @Override
            public <R> CompletableFuture<R> run(Supplier<R> work) {
                return queue(true, routing, work);
            }

            @Override
            public <R> CompletableFuture<R> last(Supplier<R> work) {
                state.streamClosing();
                return queue(true, routing, work);
            }
        };
    }
}

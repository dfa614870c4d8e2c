package org.activerecord4j.internal.async;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The future an async transaction returns. The application may end it early, by {@code cancel} or by
 * {@code orTimeout} (which fails it from outside): the transaction then rolls back instead of committing what
 * its caller was told failed. Once the COMMIT has begun, it can no longer be ended so ({@code cancel} returns
 * false, a timeout does not fire): it completes with the commit's outcome, so it never says failed of a
 * transaction that committed. Stages chained on it are plain futures, outside the transaction. Thread-safe.
 *
 * @param <R> the transaction's result
 */
final class TransactionFuture<R> extends CompletableFuture<R> {

    private static final int OPEN = 0;
    private static final int COMMITTING = 1;
    private static final int ABANDONED = 2;

    private final AtomicInteger state = new AtomicInteger(OPEN);

    /**
     * Marks the COMMIT as begun, unless the application ended the future first.
     *
     * @return true when the transaction may commit; false when the future was cancelled or failed from outside
     */
    boolean beginCommit() {
        return state.compareAndSet(OPEN, COMMITTING);
    }

    /**
     * Returns how the application ended the future, once {@link #beginCommit()} returned false.
     *
     * @return the cancellation, or the failure it completed the future with (a {@code TimeoutException})
     */
    Throwable abandonment() {
        return handle((ignored, failure) -> failure).join();
    }

    /**
     * Completes the future with the transaction's outcome, as it ended.
     *
     * @param value the result, when {@code failure} is null
     * @param failure the failure, or null
     */
    void end(R value, Throwable failure) {
        if (failure != null) {
            super.completeExceptionally(failure);
        } else {
            super.complete(value);
        }
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        return abandon() && super.cancel(mayInterruptIfRunning);
    }

    @Override
    public boolean completeExceptionally(Throwable failure) {
        return abandon() && super.completeExceptionally(failure);
    }

    private boolean abandon() {
        return state.compareAndSet(OPEN, ABANDONED) || state.get() == ABANDONED;
    }

    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
        return new CompletableFuture<>();
    }
}

package org.activerecord4j.internal.async;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The future of a call of an async transaction's chain (a step of its {@link Lane}), or of a nested transaction
 * that joined it. The application may end it early ({@code cancel}, {@code orTimeout}, {@code completeOnTimeout}):
 * before the step started, the step does not run; once it runs, its statements may write although its caller was
 * told it failed, so the transaction is doomed to roll back (the lane notes it when the step ends, a nested
 * transaction's future at once). Once the step's work has ended and the lane is about to complete the future, the
 * application can no longer end it so ({@code cancel} returns false): it completes with the step's outcome. Stages
 * chained on it are plain {@link ContextFuture}s. Thread-safe.
 *
 * @param <T> the result
 */
final class StepFuture<T> extends ContextFuture<T> {

    private static final int WAITING = 0;
    private static final int RUNNING = 1;
    private static final int SETTLED = 2;
    private static final int ENDED_EARLY = 3;
    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(StepFuture.class, "state", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final AsyncTransaction transaction;
    /** Whether this is a nested transaction's future, whose work runs from the start. */
    private final boolean nested;
    @SuppressWarnings("unused") // through STATE
    private volatile int state;

    private StepFuture(AsyncTransaction transaction, boolean nested) {
        super(transaction);
        this.transaction = transaction;
        this.nested = nested;
        this.state = nested ? RUNNING : WAITING;
    }

    /**
     * Returns the future of a step of {@code transaction}'s lane, not started yet.
     *
     * @param transaction the transaction
     * @param <T> the result
     * @return the future
     */
    static <T> StepFuture<T> step(AsyncTransaction transaction) {
        return new StepFuture<>(transaction, false);
    }

    /**
     * Returns the future of a nested transaction that joins {@code transaction}; its body runs from now.
     *
     * @param transaction the transaction it joins
     * @param <T> the result
     * @return the future
     */
    static <T> StepFuture<T> nested(AsyncTransaction transaction) {
        return new StepFuture<>(transaction, true);
    }

    /**
     * Notes that the step starts.
     *
     * @return false when the application ended the future first: the step must not run
     */
    boolean start() {
        return STATE.compareAndSet(this, WAITING, RUNNING);
    }

    /**
     * Notes that the step's work has ended, so that the future can no longer be ended early.
     *
     * @return false when the application ended the future while the work ran
     */
    boolean settle() {
        return STATE.compareAndSet(this, RUNNING, SETTLED);
    }

    /**
     * Completes the future with the step's outcome, once {@link #settle} returned true.
     *
     * @param value the result, when {@code failure} is null
     * @param failure the failure, or null
     */
    void end(T value, Throwable failure) {
        if (failure != null) {
            super.completeExceptionally(failure);
        } else {
            super.complete(value);
        }
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        return endEarly() && super.cancel(mayInterruptIfRunning);
    }

    @Override
    public boolean completeExceptionally(Throwable failure) {
        return endEarly() && super.completeExceptionally(failure);
    }

    @Override
    public boolean complete(T value) {
        return endEarly() && super.complete(value);
    }

    private boolean endEarly() {
        while (true) {
            int now = (int) STATE.getVolatile(this);
            if (now == SETTLED) {
                return false;
            }
            if (now == ENDED_EARLY) {
                return true;
            }
            if (STATE.compareAndSet(this, now, ENDED_EARLY)) {
                if (nested) {
                    // Before the stages chained on it run: one may end the transaction, which must not commit.
                    transaction.endedEarly(AsyncTransaction.NESTED_ENDED_EARLY);
                }
                return true;
            }
        }
    }
}

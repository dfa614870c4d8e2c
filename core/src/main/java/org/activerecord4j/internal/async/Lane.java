package org.activerecord4j.internal.async;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.internal.jdbc.Engine;
import org.activerecord4j.internal.jdbc.StatementWatch;

/**
 * Work that runs one step at a time on one of its database's connections: the statements of an async
 * transaction, the reads of an async stream. It takes a permit of the database's {@link Gate} before its
 * first step and gives it back after its last ({@link #close}). Steps run in the order they were submitted,
 * each on whatever thread the database's executor gives; the connections a step leaves open are counted to
 * the lane rather than to that thread. A step's future completes after the next step has been handed to the
 * executor, so code chained on it may wait for a later step without blocking the lane. Thread-safe.
 */
final class Lane {

    /** What runs around every step: the transaction or routing it belongs to. */
    interface Around {
        /**
         * Runs one step.
         *
         * @param work the step
         * @param <R> its result
         * @return the step's result
         */
        <R> R run(Supplier<R> work);
    }

    private record Step<R>(Supplier<R> work, CompletableFuture<R> result, boolean last) {
    }

    private final AsyncTransaction context;
    private final Around around;
    private final String closedMessage;
    /** Whether the lane takes a permit of its database's gate: not when it runs on a connection held already. */
    private final boolean gated;
    private final Queue<Step<?>> steps = new ArrayDeque<>();
    /** The statement a step runs now, for {@link #interrupt}. */
    private final StatementWatch watch = new StatementWatch();
    /** The connections the lane holds between steps (a transaction's, a cursor's). */
    private final int[] held = new int[1];
    private AsyncEngine engine;
    private boolean permitted;
    private boolean running;
    private boolean closed;
    /** Why the executor refused the lane's work (shut down), or null: its steps fail, but its last one still runs. */
    private Throwable refusal;

    /**
     * Creates a lane that has no database yet: the first step binds it.
     *
     * @param context the async transaction its futures carry to the stages chained on them, or null
     * @param around runs around every step
     * @param closedMessage why a step submitted after {@link #close} fails
     */
    Lane(AsyncTransaction context, Around around, String closedMessage) {
        this(context, around, closedMessage, true);
    }

    /**
     * Creates a lane that has no database yet, and takes no permit when {@code gated} is false: for steps on a
     * connection that is held already (a test's).
     *
     * @param context the async transaction its futures carry to the stages chained on them, or null
     * @param around runs around every step
     * @param closedMessage why a step submitted after {@link #close} fails
     * @param gated whether the first step waits for a permit of the database's gate
     */
    Lane(AsyncTransaction context, Around around, String closedMessage, boolean gated) {
        this.context = context;
        this.around = around;
        this.closedMessage = closedMessage;
        this.gated = gated;
    }

    /**
     * Returns the database the lane is bound to.
     *
     * @return the database of its first step, or null before it
     */
    synchronized Engine database() {
        return engine == null ? null : engine.engine();
    }

    /**
     * Queues {@code work}; the first step binds the lane to {@code target} and asks for its permit.
     *
     * @param target the database the step is for; later steps run on the lane's database whatever they name
     * @param work the step
     * @param <R> its result
     * @return completes with the step's result or failure; fails at once when the lane is closed
     */
    <R> CompletableFuture<R> submit(AsyncEngine target, Supplier<R> work) {
        return queue(target, work, false);
    }

    /**
     * Queues the lane's last step, after which it gives its permit back and refuses new steps. A lane that
     * never ran a step runs {@code last} at once on the calling thread (it holds no connection). The returned
     * future is a plain one: what is chained on it is not part of the lane's transaction.
     *
     * @param last the last step
     * @param <R> its result
     * @return completes with the last step's result or failure
     */
    <R> CompletableFuture<R> close(Supplier<R> last) {
        boolean bound;
        synchronized (this) {
            bound = engine != null || closed;
            closed |= !bound;
        }
        if (bound) {
            return queue(null, last, true);
        }
        CompletableFuture<R> result = new CompletableFuture<>();
        try {
            result.complete(last.get());
        } catch (Throwable failure) {
            result.completeExceptionally(failure);
        }
        return result;
    }

    private <R> CompletableFuture<R> queue(AsyncEngine target, Supplier<R> work, boolean last) {
        // Work chained on the last step comes after the lane: it carries no transaction.
        CompletableFuture<R> result = last || context == null ? new CompletableFuture<>() : StepFuture.step(context);
        boolean askPermit;
        boolean start;
        Step<R> aside = null;
        synchronized (this) {
            if (refusal != null && !closed) {
                // The executor refuses work: only the last step runs, aside, to give the connection back.
                if (last) {
                    closed = true;
                    aside = new Step<>(work, result, true);
                } else {
                    result.completeExceptionally(refusal);
                    return result;
                }
            } else if (closed) {
                result.completeExceptionally(new ActiveRecordException(closedMessage));
                return result;
            }
        }
        if (aside != null) {
            runAside(aside);
            return result;
        }
        synchronized (this) {
            if (closed) {
                result.completeExceptionally(new ActiveRecordException(closedMessage));
                return result;
            }
            steps.add(new Step<>(work, result, last));
            closed = last;
            askPermit = engine == null && gated;
            if (engine == null) {
                engine = target;
                permitted |= !gated;
            }
            start = permitted && !running;
            running |= start;
        }
        if (askPermit) {
            engine.gate().acquire().whenComplete((permit, refused) -> {
                if (refused == null) {
                    permitted();
                } else {
                    failAll(Async.unwrap(refused));
                }
            });
        }
        if (start) {
            schedule();
        }
        return result;
    }

    private void permitted() {
        boolean start;
        synchronized (this) {
            permitted = true;
            start = !running && !steps.isEmpty();
            running |= start;
        }
        if (start) {
            schedule();
        }
    }

    private void schedule() {
        try {
            engine.executor().execute(this::runNext);
        } catch (RuntimeException refused) {
            executorRefused(engine.refused(refused));
        }
    }

    /**
     * The executor refused the lane's next step (the application's executor was shut down, or the database
     * closed): the queued steps fail, and so do later ones, but the last step still runs, on a thread of its own,
     * since it gives back what the lane holds (a transaction's connection, rolled back; a stream's cursor). The
     * lane keeps its permit until then.
     *
     * @param failure the steps' failure
     */
    private void executorRefused(Throwable failure) {
        List<Step<?>> failed;
        Step<?> last = null;
        synchronized (this) {
            refusal = failure;
            failed = new ArrayList<>(steps);
            steps.clear();
            running = false;
            for (Step<?> step : failed) {
                if (step.last()) {
                    last = step;
                }
            }
            failed.remove(last);
        }
        for (Step<?> step : failed) {
            step.result().completeExceptionally(failure);
        }
        if (last != null) {
            runAside(last);
        }
    }

    /**
     * Returns why the executor refused the lane's work, for its last step: a transaction that could not run its
     * chain rolls back.
     *
     * @return the failure, or null
     */
    synchronized Throwable refusal() {
        return refusal;
    }

    /** Runs the lane's last step on a thread of its own, when the executor refuses work, then gives the permit back. */
    private void runAside(Step<?> last) {
        Thread thread = new Thread(() -> {
            Outcome outcome = run(last);
            if (gated) {
                engine.gate().release();
            }
            complete(last, outcome);
        }, "activerecord4j-async-end");
        thread.setDaemon(true);
        thread.start();
    }

    private void runNext() {
        Step<?> step;
        synchronized (this) {
            step = steps.poll();
        }
        Outcome outcome = settle(step, run(step));
        boolean next;
        synchronized (this) {
            next = !steps.isEmpty();
            running = next;
        }
        if (step.last() && gated) {
            engine.gate().release();
        }
        if (next) {
            schedule();
        }
        if (context == null || step.last()) {
            complete(step, outcome);
        } else {
            // Stages chained on the step's future that run now, on this thread (those of allOf, say), belong
            // to the transaction too.
            AsyncContext.with(context, () -> {
                complete(step, outcome);
                return null;
            });
        }
    }

    /**
     * Settles a step that ran, so that the application can no longer end its future early; a step whose future it
     * ended while it ran dooms its transaction, noted before the next step (perhaps the COMMIT) can run.
     *
     * @return {@code outcome}, or {@link Outcome#NONE} when the future has ended already
     */
    private Outcome settle(Step<?> step, Outcome outcome) {
        if (outcome.settled() && step.result() instanceof StepFuture<?> future && !future.settle()) {
            context.endedEarly(AsyncTransaction.STEP_ENDED_EARLY);
            return Outcome.NONE;
        }
        return outcome;
    }

    /** A step's result, or its failure; not settled when the step's future ended before the step did. */
    private record Outcome(Object value, Throwable failure, boolean settled) {
        static final Outcome NONE = new Outcome(null, null, false);
    }

    /**
     * Runs a step around its transaction or routing, counting the connections it leaves open to the lane. A step
     * whose future the application cancelled or timed out before it started does not run: its caller was told it
     * failed, so it must not write (and be committed by a chain that went on). One ended while it runs dooms its
     * transaction ({@link StepFuture}).
     */
    private Outcome run(Step<?> step) {
        if (!step.last() && (step.result() instanceof StepFuture<?> future ? !future.start() : step.result().isDone())) {
            return Outcome.NONE;
        }
        try {
            Supplier<Object> work = () -> engine.engine().carrying(held, () -> around.run(step.work()));
            // The last step gives back what the lane holds (a rollback): it runs whatever came before.
            return new Outcome(step.last() ? work.get() : watch.watching(work), null, true);
        } catch (Throwable e) {
            return new Outcome(null, e, true);
        }
    }

    /**
     * Cancels the statement a step runs now, if any, and fails the statements of the steps before the last one
     * before they run: for a transaction its application ended early, which only rolls back now.
     */
    void interrupt() {
        watch.cancel();
    }

    /**
     * Fails every queued step when no permit came (timeout, database closed). The lane holds nothing then, as
     * before its first step: a later step asks for a permit again, and {@link #close} of a lane no step ran since
     * runs its last step at once; so a transaction whose chain handled the failure goes on, as a sync block that
     * catches it does.
     *
     * @param failure the steps' failure
     */
    private void failAll(Throwable failure) {
        List<Step<?>> failed;
        synchronized (this) {
            failed = new ArrayList<>(steps);
            steps.clear();
            running = false;
            engine = null;
        }
        for (Step<?> step : failed) {
            step.result().completeExceptionally(failure);
        }
    }

    @SuppressWarnings("unchecked")
    private static <R> void complete(Step<R> step, Outcome outcome) {
        if (!outcome.settled()) {
            return;
        }
        if (step.result() instanceof StepFuture<R> future) {
            future.end((R) outcome.value(), outcome.failure());
        } else if (outcome.failure() != null) {
            step.result().completeExceptionally(outcome.failure());
        } else {
            step.result().complete((R) outcome.value());
        }
    }
}

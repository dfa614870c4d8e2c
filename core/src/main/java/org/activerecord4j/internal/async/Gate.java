package org.activerecord4j.internal.async;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.activerecord4j.ActiveRecordException;

/**
 * Permits to hold one of a database's connections, handed out first come, first served, without blocking:
 * {@link #acquire()} returns a future that completes when a permit is free. As many permits as the pool has
 * connections, so that async work never blocks a thread waiting for a connection another task holds. A wait
 * ends with a failure after the pool's acquisition timeout, as a sync caller's does, and at once when the
 * database closes. Since every wait is as long and they are served in order, the first waiter's deadline is
 * the earliest: one timer task ({@link DeadlineTimer}), set for it, ends the waits that ran out, however many
 * are queued. Thread-safe.
 */
final class Gate {

    /** A caller waiting for a permit, until its deadline ({@link System#nanoTime()}). */
    private record Waiter(CompletableFuture<Void> turn, long deadline) {
    }

    private final Queue<Waiter> waiting = new ArrayDeque<>();
    private final long timeoutMillis;
    private final IntFunction<String> timeoutMessage;
    private int free;
    private String closed;
    /** Whether a timer is set to end the waits that run out; at most one is. */
    private boolean timerSet;

    /**
     * Creates a gate.
     *
     * @param permits at least 1
     * @param timeoutMillis how long a caller waits for a permit
     * @param timeoutMessage the message of a wait that timed out, given the number still waiting
     */
    Gate(int permits, long timeoutMillis, IntFunction<String> timeoutMessage) {
        this.free = permits;
        this.timeoutMillis = timeoutMillis;
        this.timeoutMessage = timeoutMessage;
    }

    /**
     * Takes a permit if one is free now, without a future: the common case, when no work waits.
     *
     * @return whether the caller holds a permit; false when none is free (there may be waiters, who come
     *     first) or the gate is closed
     */
    synchronized boolean tryAcquire() {
        if (closed != null || free == 0) {
            return false;
        }
        free--;
        return true;
    }

    /**
     * Asks for a permit.
     *
     * @return completes, on the thread that frees a permit (or at once), when the caller holds one; fails
     *     when none came within the timeout or the gate closed
     */
    CompletableFuture<Void> acquire() {
        CompletableFuture<Void> turn = new CompletableFuture<>();
        synchronized (this) {
            if (closed != null) {
                turn.completeExceptionally(new ActiveRecordException(closed));
                return turn;
            }
            if (free > 0) {
                free--;
                turn.complete(null);
                return turn;
            }
            waiting.add(new Waiter(turn, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis)));
            if (timeoutMillis <= 0 || timerSet) {
                return turn;
            }
            timerSet = true;
        }
        setTimer(timeoutMillis);
        return turn;
    }

    private void setTimer(long delayMillis) {
        DeadlineTimer.after(delayMillis, this::endWaitsRunOut);
    }

    /** Fails the waits whose deadline has passed, first to last, then sets the timer for the next one's. */
    private void endWaitsRunOut() {
        List<CompletableFuture<Void>> ended = new ArrayList<>();
        int stillWaiting;
        long untilNextNanos = -1;
        synchronized (this) {
            long now = System.nanoTime();
            Waiter first;
            while ((first = waiting.peek()) != null && first.deadline() - now <= 0) {
                ended.add(waiting.poll().turn());
            }
            stillWaiting = waiting.size();
            timerSet = first != null;
            if (first != null) {
                untilNextNanos = first.deadline() - now;
            }
        }
        if (untilNextNanos >= 0) {
            setTimer(TimeUnit.NANOSECONDS.toMillis(untilNextNanos) + 1); // rounded up: never early
        }
        for (CompletableFuture<Void> turn : ended) {
            turn.completeExceptionally(new ActiveRecordException(timeoutMessage.apply(stillWaiting)));
        }
    }

    /** Gives a permit back: to the longest waiter whose wait has not ended, else to the gate. */
    void release() {
        while (true) {
            Waiter next;
            synchronized (this) {
                next = waiting.poll();
                if (next == null) {
                    free++;
                    return;
                }
            }
            if (next.turn().complete(null)) {
                return;
            }
        }
    }

    /**
     * Closes the gate: every waiter fails at once, and so does every later {@link #acquire()}.
     *
     * @param reason the failures' message
     */
    void close(String reason) {
        List<CompletableFuture<Void>> refused;
        synchronized (this) {
            closed = reason;
            refused = new ArrayList<>();
            waiting.forEach(waiter -> refused.add(waiter.turn()));
            waiting.clear();
        }
        refused.forEach(turn -> turn.completeExceptionally(new ActiveRecordException(reason)));
    }
}

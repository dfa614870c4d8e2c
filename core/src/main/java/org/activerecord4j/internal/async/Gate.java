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
 * database closes. Thread-safe.
 */
final class Gate {

    private final Queue<CompletableFuture<Void>> waiting = new ArrayDeque<>();
    private final long timeoutMillis;
    private final IntFunction<String> timeoutMessage;
    private int free;
    private String closed;

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
            waiting.add(turn);
        }
        if (timeoutMillis > 0) {
            turn.orTimeout(timeoutMillis, TimeUnit.MILLISECONDS);
        }
        return turn.exceptionallyCompose(failure -> {
            int stillWaiting;
            synchronized (this) {
                waiting.remove(turn);
                stillWaiting = waiting.size();
            }
            return CompletableFuture.failedFuture(failure instanceof ActiveRecordException ? failure
                    : new ActiveRecordException(timeoutMessage.apply(stillWaiting), failure));
        });
    }

    /** Gives a permit back: to the longest waiter whose wait has not ended, else to the gate. */
    void release() {
        while (true) {
            CompletableFuture<Void> next;
            synchronized (this) {
                next = waiting.poll();
                if (next == null) {
                    free++;
                    return;
                }
            }
            if (next.complete(null)) {
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
            refused = new ArrayList<>(waiting);
            waiting.clear();
        }
        refused.forEach(turn -> turn.completeExceptionally(new ActiveRecordException(reason)));
    }
}

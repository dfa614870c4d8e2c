package org.activerecord4j.internal.async;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;

/**
 * Permits to hold one of a database's connections, handed out first come, first served, without blocking:
 * {@link #acquire()} returns a future that completes when a permit is free. As many permits as the pool has
 * connections, so that async work never blocks a thread waiting for a connection another task holds.
 * Thread-safe.
 */
final class Gate {

    private final Queue<CompletableFuture<Void>> waiting = new ArrayDeque<>();
    private int free;
    private boolean open;

    /**
     * Creates a gate with {@code permits} permits.
     *
     * @param permits at least 1
     */
    Gate(int permits) {
        this.free = permits;
    }

    /**
     * Asks for a permit.
     *
     * @return completes, on the thread that frees a permit (or at once), when the caller holds one
     */
    CompletableFuture<Void> acquire() {
        synchronized (this) {
            if (open) {
                return CompletableFuture.completedFuture(null);
            }
            if (free > 0) {
                free--;
                return CompletableFuture.completedFuture(null);
            }
            CompletableFuture<Void> turn = new CompletableFuture<>();
            waiting.add(turn);
            return turn;
        }
    }

    /** Gives a permit back: to the longest waiter, else to the gate. */
    void release() {
        CompletableFuture<Void> next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                free++;
                return;
            }
        }
        next.complete(null);
    }

    /**
     * Lets every waiter, and every later caller, through at once: for a closed database, whose executor then
     * refuses their work, rather than leave them waiting for permits that work holding them may never give back.
     */
    void openAll() {
        List<CompletableFuture<Void>> released;
        synchronized (this) {
            open = true;
            released = new ArrayList<>(waiting);
            waiting.clear();
        }
        released.forEach(turn -> turn.complete(null));
    }
}

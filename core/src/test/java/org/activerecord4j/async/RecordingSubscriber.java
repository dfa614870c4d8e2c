package org.activerecord4j.async;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * A subscriber that records what a publisher signals: the records, how many it had requested when each
 * arrived, and how the stream ended. It requests {@code step} records at subscription and again each time it
 * has received them all, or only what the test asks for when {@code step} is 0. Thread-safe.
 *
 * @param <T> the record
 */
final class RecordingSubscriber<T> implements Flow.Subscriber<T> {

    private final long step;
    private final List<T> received = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();
    private final CompletableFuture<List<T>> done = new CompletableFuture<>();
    private final CompletableFuture<Flow.Subscription> subscribed = new CompletableFuture<>();
    private BiConsumer<RecordingSubscriber<T>, T> onEach = (self, record) -> { };
    private long requested;
    private int signalsAfterEnd;
    private boolean ended;

    /**
     * Creates a subscriber that requests {@code step} records at a time.
     *
     * @param step records per request; 0 to request only through {@link #request}
     */
    RecordingSubscriber(long step) {
        this.step = step;
    }

    /**
     * Runs {@code action} after each record is recorded (and before the next request), on the signalling thread.
     *
     * @param action takes this subscriber and the record
     * @return this subscriber
     */
    RecordingSubscriber<T> onEach(BiConsumer<RecordingSubscriber<T>, T> action) {
        this.onEach = action;
        return this;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        subscribed.complete(subscription);
        if (step > 0) {
            request(step);
        }
    }

    @Override
    public void onNext(T record) {
        boolean again;
        synchronized (this) {
            if (ended) {
                signalsAfterEnd++;
            }
            received.add(record);
            if (received.size() > requested) {
                violations.add("record " + received.size() + " arrived with only " + requested + " requested");
            }
            again = step > 0 && received.size() == requested;
        }
        onEach.accept(this, record);
        if (again) {
            request(step);
        }
    }

    @Override
    public void onError(Throwable failure) {
        end();
        done.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        end();
        done.complete(received());
    }

    private synchronized void end() {
        if (ended) {
            signalsAfterEnd++;
        }
        ended = true;
    }

    /**
     * Requests {@code n} more records.
     *
     * @param n how many
     */
    void request(long n) {
        synchronized (this) {
            requested += n;
        }
        subscription().request(n);
    }

    /** Cancels the subscription. */
    void cancel() {
        subscription().cancel();
    }

    /**
     * Returns the subscription, waiting for it a bounded time.
     *
     * @return the subscription
     */
    Flow.Subscription subscription() {
        return subscribed.orTimeout(10, TimeUnit.SECONDS).join();
    }

    /** @return completes with the records at onComplete, or fails with the onError failure */
    CompletableFuture<List<T>> done() {
        return done;
    }

    /** @return the records received so far */
    synchronized List<T> received() {
        return List.copyOf(received);
    }

    /** @return each record that arrived beyond what had been requested */
    synchronized List<String> violations() {
        return List.copyOf(violations);
    }

    /** @return signals that came after onComplete or onError */
    synchronized int signalsAfterEnd() {
        return signalsAfterEnd;
    }

    /** @return whether onComplete or onError came */
    synchronized boolean ended() {
        return ended;
    }
}

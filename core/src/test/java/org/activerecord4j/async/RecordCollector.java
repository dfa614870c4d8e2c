package org.activerecord4j.async;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * A subscriber for tests that reads a publisher to its end, requesting everything at once, and completes a
 * future with what it published. Signals to one subscriber never overlap (Reactive Streams rule 1.3), so the
 * list needs no lock.
 *
 * @param <T> the record
 */
final class RecordCollector<T> implements Flow.Subscriber<T> {

    private final List<T> records = new ArrayList<>();
    private final CompletableFuture<List<T>> done = new CompletableFuture<>();

    private RecordCollector() {
    }

    /**
     * Subscribes to {@code publisher} and collects what it publishes.
     *
     * @param publisher the publisher
     * @param <T> the record
     * @return completes with the records in order once the publisher completes, or fails with its error
     */
    static <T> CompletableFuture<List<T>> all(Flow.Publisher<T> publisher) {
        RecordCollector<T> subscriber = new RecordCollector<>();
        publisher.subscribe(subscriber);
        return subscriber.done;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(T record) {
        records.add(record);
    }

    @Override
    public void onError(Throwable failure) {
        done.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        done.complete(List.copyOf(records));
    }
}

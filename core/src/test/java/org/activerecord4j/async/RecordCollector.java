package org.activerecord4j.async;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * A subscriber for tests that reads a publisher to its end, requesting everything at once or one record at a
 * time, and completes a future with what it published. Signals to one subscriber never overlap (Reactive
 * Streams rule 1.3), so the list needs no lock.
 *
 * @param <T> the record
 */
final class RecordCollector<T> implements Flow.Subscriber<T> {

    private final List<T> records = new ArrayList<>();
    private final CompletableFuture<List<T>> done = new CompletableFuture<>();
    private final boolean oneAtATime;
    private Flow.Subscription subscription;

    private RecordCollector(boolean oneAtATime) {
        this.oneAtATime = oneAtATime;
    }

    /**
     * Subscribes to {@code publisher} and collects what it publishes.
     *
     * @param publisher the publisher
     * @param <T> the record
     * @return completes with the records in order once the publisher completes, or fails with its error
     */
    static <T> CompletableFuture<List<T>> all(Flow.Publisher<T> publisher) {
        return subscribe(publisher, false);
    }

    /**
     * Subscribes to {@code publisher} and collects what it publishes, requesting the next record only once the
     * previous one has arrived.
     *
     * @param publisher the publisher
     * @param <T> the record
     * @return completes with the records in order once the publisher completes, or fails with its error
     */
    static <T> CompletableFuture<List<T>> oneAtATime(Flow.Publisher<T> publisher) {
        return subscribe(publisher, true);
    }

    private static <T> CompletableFuture<List<T>> subscribe(Flow.Publisher<T> publisher, boolean oneAtATime) {
        RecordCollector<T> subscriber = new RecordCollector<>(oneAtATime);
        publisher.subscribe(subscriber);
        return subscriber.done;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(oneAtATime ? 1 : Long.MAX_VALUE);
    }

    @Override
    public void onNext(T record) {
        records.add(record);
        if (oneAtATime) {
            subscription.request(1);
        }
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

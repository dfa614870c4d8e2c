package org.activerecord4j.bench.activerecord;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import org.activerecord4j.bench.Checksum;
import org.activerecord4j.bench.data.DataSet;
import org.activerecord4j.bench.model.async.Reading;

/**
 * S7's subscriber for the async twin: requests {@value #REQUEST} readings at a time, folds each into the
 * checksum the other implementations compute, and keeps nothing else, so the heap holds at most one
 * request's readings. One subscription; its signals come one at a time, as the publisher promises.
 */
final class ReadingsSubscriber implements Flow.Subscriber<Reading> {

    /** Readings requested at a time. */
    static final int REQUEST = 100;

    private final CompletableFuture<long[]> done = new CompletableFuture<>();
    private Flow.Subscription subscription;
    private long count;
    private long sum;

    /**
     * Returns the checksum of the first {@code readings} generated readings, from {@link DataSet}'s formulas.
     *
     * @param readings how many readings the table holds
     * @return the checksum a complete read must give
     */
    static long expectedChecksum(long readings) {
        long sum = 0;
        for (long id = 1; id <= readings; id++) {
            sum += Checksum.of(id, DataSet.readingNote(id)) + DataSet.readingSensor(id);
        }
        return sum;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(REQUEST);
    }

    @Override
    public void onNext(Reading reading) {
        count++;
        sum += Checksum.of(reading.id, reading.note) + reading.sensor;
        if (count % REQUEST == 0) {
            subscription.request(REQUEST);
        }
    }

    @Override
    public void onError(Throwable failure) {
        done.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        done.complete(new long[] {count, sum});
    }

    /**
     * Returns the checksum once the stream completes, after checking that it read everything.
     *
     * @param expectedCount the readings the table holds
     * @param expectedSum their checksum
     * @return completes with the checksum; fails with {@link IllegalStateException} naming both counts and
     *     checksums when the stream read other rows, or with the stream's failure
     */
    CompletableFuture<Long> checksum(long expectedCount, long expectedSum) {
        return done.thenApply(result -> {
            if (result[0] != expectedCount || result[1] != expectedSum) {
                throw new IllegalStateException("S7 async read " + result[0] + " readings with checksum " + result[1]
                        + "; expected " + expectedCount + " with checksum " + expectedSum);
            }
            return result[1];
        });
    }
}

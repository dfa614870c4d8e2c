package org.activerecord4j.async;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.Database;
import org.activerecord4j.models.async.Post;
import org.activerecord4j.models.async.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/**
 * Reactive Streams rule 1.3: the signals to one subscriber never overlap, so a record requested from
 * {@code onSubscribe} does not arrive, on an executor thread, while {@code onSubscribe} is still running.
 */
class AsyncStreamSerialSignalsTest {

    @BeforeEach
    void schema(Database database) {
        TestSchema.recreate(database, User.class, Post.class);
    }

    @DatabaseTest
    void recordRequestedInOnSubscribe_arrivesOnlyAfterOnSubscribeReturned_rule1_3() throws Exception {
        new User("Ann", 31).save().join();
        CountDownLatch arrived = new CountDownLatch(1);
        AtomicBoolean overlapped = new AtomicBoolean();
        CompletableFuture<Void> done = new CompletableFuture<>();

        AsyncActiveRecord.query(User.class).stream().subscribe(new Flow.Subscriber<User>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(10);
                try {
                    // A serial publisher cannot signal onNext before this returns, so the wait always runs out.
                    overlapped.set(arrived.await(2, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public void onNext(User user) {
                arrived.countDown();
            }

            @Override
            public void onError(Throwable failure) {
                done.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                done.complete(null);
            }
        });

        done.get(30, TimeUnit.SECONDS);
        assertThat(arrived.getCount()).as("the record arrived").isZero();
        assertThat(overlapped).as("onNext was signalled while onSubscribe was still running").isFalse();
    }
}

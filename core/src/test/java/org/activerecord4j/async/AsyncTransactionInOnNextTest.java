package org.activerecord4j.async;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.Database;
import org.activerecord4j.models.async.Post;
import org.activerecord4j.models.async.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestPools;
import org.activerecord4j.testing.TestSchema;

/**
 * An async transaction a stream's subscriber starts from {@code onNext}: its statements run in it, on its
 * connection, and roll back with it; before, they ran at once beside the stream's cursor, outside the
 * transaction, and stayed committed when it rolled back.
 */
class AsyncTransactionInOnNextTest {

    private static final IllegalStateException FAILURE = new IllegalStateException("rolled back on purpose");

    @DatabaseTest
    void transactionStartedInOnNext_rollsBackItsWrite(Database database) throws Exception {
        try (Database pool = TestPools.builderLike(database).maximumPoolSize(2).acquireTimeout(Duration.ofSeconds(30))
                .build()) {
            TestSchema.recreate(pool, User.class, Post.class);
            pool.use(() -> new User("Ann", 31).save()).get(30, TimeUnit.SECONDS);
            User bob = new User("Bob", 40);
            CompletableFuture<Object> transaction = new CompletableFuture<>();

            pool.use(() -> AsyncActiveRecord.query(User.class).stream()).subscribe(new Flow.Subscriber<User>() {
                private Flow.Subscription subscription;

                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                    this.subscription = subscription;
                    subscription.request(1);
                }

                @Override
                public void onNext(User user) {
                    subscription.cancel();
                    AsyncActiveRecord.transaction(() -> bob.save().thenApply(saved -> {
                        throw FAILURE;
                    })).whenComplete((value, failure) -> transaction.complete(failure));
                }

                @Override
                public void onError(Throwable failure) {
                    transaction.complete(failure);
                }

                @Override
                public void onComplete() {
                }
            });

            assertThat(transaction.get(30, TimeUnit.SECONDS)).as("the transaction's failure").isSameAs(FAILURE);
            assertThat(bob.isNewRecord()).as("the rolled-back insert is undone in memory").isTrue();
            assertThat(pool.use(() -> User.query().count()).get(30, TimeUnit.SECONDS))
                    .as("Bob's insert was rolled back with the transaction").isEqualTo(1);
        }
    }
}

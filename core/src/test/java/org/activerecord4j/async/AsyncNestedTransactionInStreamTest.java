package org.activerecord4j.async;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.Database;
import org.activerecord4j.models.async.Post;
import org.activerecord4j.models.async.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/**
 * A stream read inside an async transaction hands its records to the subscriber as part of the transaction's
 * chain (its onNext's async calls run in the transaction), so a nested {@code AsyncActiveRecord.transaction(...)}
 * made there joins the transaction, as README says a nested transaction in the chain does. Before, it failed
 * with "An async call was made inside a sync transaction block ...", although the application made none.
 */
class AsyncNestedTransactionInStreamTest {

    @BeforeEach
    void schema(Database database) {
        TestSchema.recreate(database, User.class, Post.class);
    }

    @DatabaseTest
    void nestedTransactionInOnNext_ofAStreamInATransaction_joinsIt() throws Exception {
        new User("Ann", 31).save().get(30, TimeUnit.SECONDS);
        User bob = new User("Bob", 40);
        CompletableFuture<User> nested = new CompletableFuture<>();

        User committed = AsyncActiveRecord.transaction(() -> {
            CompletableFuture<Void> streamed = new CompletableFuture<>();
            AsyncActiveRecord.query(User.class).stream().subscribe(new Flow.Subscriber<User>() {
                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                    subscription.request(10);
                }

                @Override
                public void onNext(User user) {
                    AsyncActiveRecord.transaction(() -> bob.save()).whenComplete((saved, failure) -> {
                        if (failure != null) {
                            nested.completeExceptionally(failure);
                        } else {
                            nested.complete(saved);
                        }
                    });
                }

                @Override
                public void onError(Throwable failure) {
                    streamed.completeExceptionally(failure);
                }

                @Override
                public void onComplete() {
                    streamed.complete(null);
                }
            });
            return streamed.thenCompose(done -> nested);
        }).get(30, TimeUnit.SECONDS);

        assertThat(committed).isSameAs(bob);
        assertThat(bob.isNewRecord()).isFalse();
        assertThat(User.query().count().get(30, TimeUnit.SECONDS)).isEqualTo(2);
    }
}

package org.activerecord4j.async;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.activerecord4j.Database;
import org.activerecord4j.models.async.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestPools;
import org.activerecord4j.testing.TestSchema;

/**
 * Cancelling a stream's subscription from another thread while the subscriber's {@code onNext} runs an async call
 * beside the cursor (on the stream's connection) stops the stream's reads, not the subscriber's own call: the call
 * is the subscriber's, and it asked only to receive no more records.
 */
class AsyncStreamCancelBesideCallTest {

    @DatabaseTest
    void cancelFromAnotherThreadWhileOnNextRunsACallBesideTheCursor_letsTheCallFinish(Database database)
            throws Exception {
        try (Database pool = TestPools.builderLike(database).maximumPoolSize(1).acquireTimeout(Duration.ofSeconds(30))
                .build()) {
            TestSchema.recreate(pool, User.class);
            pool.use(() -> new User("Ann", 31).save()).get(10, TimeUnit.SECONDS);
            pool.use(() -> new User("Bob", 40).save()).get(10, TimeUnit.SECONDS);
            CompletableFuture<Long> besideCall = new CompletableFuture<>();
            CompletableFuture<Void> callStarted = new CompletableFuture<>();
            RecordingSubscriber<User> subscriber = new RecordingSubscriber<User>(1).onEach((self, user) -> {
                callStarted.complete(null);
                // Runs there and then, beside the cursor, on the stream's connection: about two seconds.
                pool.use(() -> User.query().where(slow(pool)).count()).whenComplete((count, failure) -> {
                    if (failure != null) {
                        besideCall.completeExceptionally(failure);
                    } else {
                        besideCall.complete(count);
                    }
                });
            });
            pool.use(() -> User.query().orderBy("id").stream(1)).subscribe(subscriber);
            callStarted.get(10, TimeUnit.SECONDS);
            Thread.sleep(500);   // the beside call's statement runs now

            CompletableFuture.runAsync(subscriber::cancel).get(10, TimeUnit.SECONDS);

            assertThat(besideCall.handle((count, failure) -> failure == null ? "count " + count : "failed: " + failure)
                    .get(20, TimeUnit.SECONDS)).isEqualTo("count 2");
        }
    }

    private static String slow(Database database) {
        return switch (database.dialectName()) {
            case "postgresql" -> "pg_sleep(2) IS NOT NULL";
            case "sqlite" -> "(WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 1000000 "
                    + "+ 0 * users.id) SELECT count(*) FROM n) > 0";
            default -> "SLEEP(1) = 0";
        };
    }
}

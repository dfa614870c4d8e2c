package org.activerecord4j.async;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.Database;
import org.activerecord4j.models.async.Post;
import org.activerecord4j.models.async.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestPools;
import org.activerecord4j.testing.TestSchema;

/**
 * An async call whose future the application cancels (or times out with {@code orTimeout}) before its work
 * ran must not run that work later, behind the caller's back; an async transaction whose future is
 * cancelled or timed out before it committed rolls back, restores its records and gives its connection back,
 * rather than committing after its caller was told it failed.
 */
class AsyncCancellationTest {

    @DatabaseTest
    void transactionCancelledWhileItsChainWaits_rollsBack_restoresItsRecords_andGivesItsConnectionBack(Database database)
            throws Exception {
        try (Database pool = TestPools.builderLike(database).maximumPoolSize(2).acquireTimeout(Duration.ofSeconds(5))
                .build()) {
            TestSchema.recreate(pool, User.class, Post.class);
            User ann = new User("Ann", 31);
            CompletableFuture<Void> release = new CompletableFuture<>();
            CompletableFuture<User> saved = new CompletableFuture<>();
            CompletableFuture<User> transaction = pool.transactionAsync(() -> ann.save().thenCompose(user -> {
                saved.complete(user);
                return release.thenApply(ignored -> user);
            }));
            saved.get(30, TimeUnit.SECONDS);

            assertThat(transaction.cancel(true)).isTrue();

            awaitNoActiveConnection(pool);
            assertThat(ann.isNewRecord()).as("the insert that was not committed is undone in memory").isTrue();
            release.complete(null);
            assertThat(pool.use(() -> User.query().count()).get(30, TimeUnit.SECONDS)).as("rows").isZero();
        }
    }

    @DatabaseTest
    void transactionTimedOutWhileItsChainWaits_rollsBack_andALaterCallOfTheChainWritesNothing(Database database)
            throws Exception {
        try (Database pool = TestPools.builderLike(database).maximumPoolSize(2).acquireTimeout(Duration.ofSeconds(5))
                .build()) {
            TestSchema.recreate(pool, User.class, Post.class);
            User ann = new User("Ann", 31);
            User bob = new User("Bob", 40);
            CompletableFuture<Void> release = new CompletableFuture<>();
            CompletableFuture<User> transaction = pool.transactionAsync(() -> ann.save()
                    .thenCompose(user -> release).thenCompose(ignored -> bob.save()))
                    .orTimeout(300, TimeUnit.MILLISECONDS);

            Throwable failure = transaction.handle((value, thrown) -> thrown).get(30, TimeUnit.SECONDS);
            awaitNoActiveConnection(pool);
            release.complete(null);

            assertThat(failure).isInstanceOf(java.util.concurrent.TimeoutException.class);
            assertThat(ann.isNewRecord()).isTrue();
            assertThat(pool.use(() -> User.query().count()).get(30, TimeUnit.SECONDS)).as("rows").isZero();
            assertThat(bob.isNewRecord()).isTrue();
        }
    }

    @DatabaseTest
    void saveCancelledWhileWaitingForAConnection_neverRuns_andGivesUpItsPlace(Database database) throws Exception {
        try (Database pool = TestPools.builderLike(database).maximumPoolSize(1).acquireTimeout(Duration.ofSeconds(10))
                .build()) {
            TestSchema.recreate(pool, User.class);
            pool.use(() -> AsyncActiveRecord.saveAll(List.of(new User("Ann", 31), new User("Bob", 40))))
                    .get(20, TimeUnit.SECONDS);
            CompletableFuture<Void> first = new CompletableFuture<>();
            RecordingSubscriber<User> holding = new RecordingSubscriber<User>(0).onEach((self, user) -> first.complete(null));
            pool.use(() -> User.query().stream(1)).subscribe(holding);
            holding.request(1);
            first.get(20, TimeUnit.SECONDS);            // the stream holds the pool's one connection

            User cid = new User("Cid", 50);
            CompletableFuture<User> saving = pool.use(() -> cid.save());
            assertThat(saving.cancel(true)).isTrue();
            holding.cancel();

            assertThat(pool.use(() -> User.query().count()).get(20, TimeUnit.SECONDS)).as("rows").isEqualTo(2L);
            assertThat(cid.isNewRecord()).as("the cancelled save did not run").isTrue();
            awaitNoActiveConnection(pool);
        }
    }

    @DatabaseTest
    void callCancelledInATransactionWhoseChainGoesOn_doesNotRun_soTheCommitHoldsNothingOfIt(Database database)
            throws Exception {
        try (Database pool = TestPools.builderLike(database).maximumPoolSize(1).acquireTimeout(Duration.ofSeconds(10))
                .build()) {
            TestSchema.recreate(pool, User.class);
            pool.use(() -> AsyncActiveRecord.saveAll(List.of(new User("Ann", 31), new User("Bob", 40))))
                    .get(20, TimeUnit.SECONDS);
            CompletableFuture<Void> first = new CompletableFuture<>();
            RecordingSubscriber<User> holding = new RecordingSubscriber<User>(0).onEach((self, user) -> first.complete(null));
            pool.use(() -> User.query().stream(1)).subscribe(holding);
            holding.request(1);
            first.get(20, TimeUnit.SECONDS);            // the transaction waits for the pool's one connection

            User cid = new User("Cid", 50);
            CompletableFuture<String> transaction = pool.transactionAsync(() -> {
                CompletableFuture<User> saving = cid.save();
                saving.cancel(true);
                return saving.handle((saved, failure) -> "went on");
            });
            holding.cancel();

            assertThat(transaction.get(20, TimeUnit.SECONDS)).isEqualTo("went on");
            assertThat(pool.use(() -> User.query().count()).get(20, TimeUnit.SECONDS)).as("rows").isEqualTo(2L);
            assertThat(cid.isNewRecord()).as("the cancelled save did not run").isTrue();
            awaitNoActiveConnection(pool);
        }
    }

    private static void awaitNoActiveConnection(Database pool) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (TestPools.activeConnections(pool) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(TestPools.activeConnections(pool)).as("connections still lent out").isZero();
    }
}

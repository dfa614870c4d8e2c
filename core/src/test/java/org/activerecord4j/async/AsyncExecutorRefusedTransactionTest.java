package org.activerecord4j.async;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.activerecord4j.Database;
import org.activerecord4j.models.async.Post;
import org.activerecord4j.models.async.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestPools;
import org.activerecord4j.testing.TestSchema;

/**
 * An async transaction whose end the application's executor refuses (it was shut down while the transaction
 * was open): the transaction's connection must still be rolled back and given back to the pool, and the
 * records it wrote restored. Before, the end step was dropped with the other queued steps, so the connection
 * stayed lent out (with its uncommitted writes and their locks) for as long as the pool lived.
 */
class AsyncExecutorRefusedTransactionTest {

    @DatabaseTest
    void executorShutDownWhileATransactionIsOpen_itsConnectionIsStillGivenBack(Database database) throws Exception {
        ExecutorService application = Executors.newFixedThreadPool(2);
        try (Database pool = TestPools.builderLike(database).maximumPoolSize(2).asyncExecutor(application)
                .acquireTimeout(Duration.ofSeconds(5)).build()) {
            TestSchema.recreate(pool, User.class, Post.class);
            User ann = new User("Ann", 31);
            CompletableFuture<Void> release = new CompletableFuture<>();
            CompletableFuture<User> saved = new CompletableFuture<>();
            CompletableFuture<User> transaction = pool.transactionAsync(() -> ann.save().thenCompose(user -> {
                saved.complete(user);
                return release.thenApply(ignored -> user);
            }));
            saved.get(30, TimeUnit.SECONDS);
            application.shutdown();
            assertThat(application.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

            release.complete(null);

            Throwable failure = transaction.handle((value, thrown) -> thrown).get(30, TimeUnit.SECONDS);
            assertThat(failure).as("the transaction cannot commit").isNotNull();
            assertThat(TestPools.activeConnections(pool)).as("connections still lent out").isZero();
            assertThat(ann.isNewRecord()).as("the insert that was not committed is undone in memory").isTrue();
        } finally {
            application.shutdownNow();
        }
    }

    @DatabaseTest
    void databaseClosedWhileATransactionIsOpen_failsNamingTheClose_andRestoresItsRecords(Database database)
            throws Exception {
        Database pool = TestPools.builderLike(database).maximumPoolSize(2).acquireTimeout(Duration.ofSeconds(5)).build();
        TestSchema.recreate(pool, User.class, Post.class);
        User ann = new User("Ann", 31);
        CompletableFuture<Void> release = new CompletableFuture<>();
        CompletableFuture<User> saved = new CompletableFuture<>();
        CompletableFuture<User> transaction = pool.transactionAsync(() -> ann.save().thenCompose(user -> {
            saved.complete(user);
            return release.thenApply(ignored -> user);
        }));
        saved.get(30, TimeUnit.SECONDS);
        pool.close();

        release.complete(null);

        Throwable failure = transaction.handle((value, thrown) -> thrown).get(30, TimeUnit.SECONDS);
        assertThat(failure).hasMessageContaining("was closed; it can no longer run statements");
        assertThat(ann.isNewRecord()).as("the insert that was never committed is undone in memory").isTrue();
    }
}

package org.activerecord4j.async;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.Database;
import org.activerecord4j.models.async.Post;
import org.activerecord4j.models.async.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestDatabases;
import org.activerecord4j.testing.TestPools;
import org.activerecord4j.testing.TestSchema;

/**
 * Many async transactions on a pool far smaller than their number: each waits for a connection without holding
 * a thread, all of them end, none deadlocks, and every connection goes back to the pool. A deadlock fails the
 * test at its timeout instead of hanging the build.
 */
class AsyncConcurrencyTest {

    private static final int TRANSACTIONS = 1_000;
    private static final IllegalStateException FAILURE = new IllegalStateException("every tenth fails on purpose");

    @DatabaseTest
    void thousandTransactionsOfThreeComposedSteps_onAPoolOfTwo_allCommit_andLeakNoConnection(TestDatabases.Kind kind)
            throws Exception {
        try (Database pool = poolOfTwo(kind)) {
            List<User> users = new ArrayList<>();
            List<CompletableFuture<Post>> transactions = new ArrayList<>();
            for (int i = 0; i < TRANSACTIONS; i++) {
                User user = new User("user " + i, 20);
                users.add(user);
                transactions.add(pool.transactionAsync(() -> threeSteps(user)));
            }

            awaitAll(transactions);

            assertThat(transactions).allSatisfy(transaction -> assertThat(transaction).isCompletedWithValueMatching(
                    post -> post.id != null, "a saved post"));
            assertThat(TestPools.activeConnections(pool)).isZero();
            assertThat(pool.use(() -> User.query().where("age = ?", 21).count()).get(30, TimeUnit.SECONDS)).isEqualTo(TRANSACTIONS);
            assertThat(pool.use(() -> Post.query().count()).get(30, TimeUnit.SECONDS)).isEqualTo(TRANSACTIONS);
            assertThat(users).allSatisfy(user -> assertThat(user.isNewRecord()).isFalse());
            assertThat(TestPools.activeConnections(pool)).isZero();
        }
    }

    @DatabaseTest
    void thousandTransactions_everyTenthFailing_onAPoolOfTwo_keepOnlyTheOthersRows_andLeakNoConnection(TestDatabases.Kind kind)
            throws Exception {
        try (Database pool = poolOfTwo(kind)) {
            List<User> users = new ArrayList<>();
            List<CompletableFuture<Post>> transactions = new ArrayList<>();
            for (int i = 0; i < TRANSACTIONS; i++) {
                User user = new User("user " + i, 20);
                users.add(user);
                boolean fails = i % 10 == 0;
                transactions.add(pool.transactionAsync(() -> threeSteps(user).thenApply(post -> {
                    if (fails) {
                        throw FAILURE;
                    }
                    return post;
                })));
            }

            awaitAll(transactions);

            List<String> kept = new ArrayList<>();
            for (int i = 0; i < TRANSACTIONS; i++) {
                boolean fails = i % 10 == 0;
                assertThat(transactions.get(i).isCompletedExceptionally()).as("transaction %d failed", i).isEqualTo(fails);
                assertThat(users.get(i).isNewRecord()).as("user %d is new again", i).isEqualTo(fails);
                if (!fails) {
                    kept.add("user " + i);
                }
            }
            assertThat(TestPools.activeConnections(pool)).isZero();
            List<User> rows = pool.use(() -> User.query().orderBy("id").all()).get(30, TimeUnit.SECONDS);
            assertThat(rows).extracting(user -> user.name).containsExactlyInAnyOrderElementsOf(kept);
            assertThat(rows).allSatisfy(user -> assertThat(user.age).isEqualTo(21));
            assertThat(pool.use(() -> Post.query().count()).get(30, TimeUnit.SECONDS)).isEqualTo(kept.size());
            assertThat(TestPools.activeConnections(pool)).isZero();
        }
    }

    @DatabaseTest
    void transactionsWithStreams_plainCalls_andStreams_mixed_onAPoolOfTwo_allEnd_andLeakNoConnection(TestDatabases.Kind kind)
            throws Exception {
        try (Database pool = poolOfTwo(kind)) {
            pool.use(() -> AsyncActiveRecord.saveAll(List.of(new User("seed 1", 1), new User("seed 2", 2), new User("seed 3", 3))))
                    .get(30, TimeUnit.SECONDS);
            List<CompletableFuture<?>> work = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                User user = new User("user " + i, 20);
                work.add(pool.transactionAsync(() -> user.save().thenCompose(saved -> {
                    RecordingSubscriber<User> subscriber = new RecordingSubscriber<>(1);
                    User.query().whereEq("id", saved.id).stream().subscribe(subscriber);
                    return subscriber.done();
                })));
                work.add(pool.use(() -> User.query().whereEq("name", "seed 1").exists()));
                if (i % 10 == 0) {
                    RecordingSubscriber<User> subscriber = new RecordingSubscriber<>(2);
                    pool.use(() -> User.query().whereEq("age", 1).stream(1)).subscribe(subscriber);
                    work.add(subscriber.done());
                }
            }

            awaitAll(work);

            assertThat(work).allSatisfy(future -> assertThat(future).isCompletedWithValueMatching(
                    value -> value instanceof List<?> list ? list.size() == 1 : Boolean.TRUE.equals(value),
                    "one record per stream, true per exists()"));
            assertThat(TestPools.activeConnections(pool)).isZero();
            assertThat(pool.use(() -> User.query().count()).get(30, TimeUnit.SECONDS)).isEqualTo(303);
        }
    }

    /** Inserts {@code user}, inserts a post of theirs, then updates the user: each step after the one before. */
    private static CompletableFuture<Post> threeSteps(User user) {
        return user.save()
                .thenCompose(saved -> {
                    Post post = new Post("post of " + saved.name);
                    post.userId = saved.id;
                    return post.save();
                })
                .thenCompose(post -> {
                    user.age = 21;
                    return user.save().thenApply(updated -> post);
                });
    }

    /** Waits for every call to end, failing (rather than hanging) after 60 s with how many had not. */
    private static void awaitAll(List<? extends CompletableFuture<?>> calls) throws Exception {
        CompletableFuture<Void> all = CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).exceptionally(failure -> null);
        try {
            all.get(60, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            long pending = calls.stream().filter(call -> !call.isDone()).count();
            throw new AssertionError(pending + " of " + calls.size() + " async calls had not ended after 60 s "
                    + "(a deadlock or a lost connection permit)", e);
        }
    }

    /** A pool of two connections on the test's database, with the tables the test needs (recreated, empty). */
    private static Database poolOfTwo(TestDatabases.Kind kind) {
        Database pool = TestDatabases.builder(kind).maximumPoolSize(2).acquireTimeout(Duration.ofSeconds(30)).build();
        TestSchema.recreate(pool, User.class, Post.class);
        return pool;
    }
}

package org.activerecord4j.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.Database;
import org.activerecord4j.StatementCounter;
import org.activerecord4j.StatementFailedException;
import org.activerecord4j.models.async.Post;
import org.activerecord4j.models.async.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestDatabases;
import org.activerecord4j.testing.TestPools;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/**
 * {@code AsyncQuery.stream()}: a {@link Flow.Publisher} that reads only what its subscriber requested, in order,
 * loads {@code with(...)} paths per batch, reads inside an async transaction on its connection, and gives its
 * connection back before it signals the end and when it is cancelled. Tests that watch the connection run on a
 * pool of one, where the next async call can only start once the stream has given the connection back.
 */
class AsyncStreamTest {

    private static final IllegalStateException FAILURE = new IllegalStateException("rolled back on purpose");

    @BeforeEach
    void schema(Database database) {
        TestSchema.recreate(database, User.class, Post.class);
    }

    @DatabaseTest
    void requestingAHundredAtATime_receivesEveryRowInOrder_neverMoreThanRequested_connectionBackBeforeOnComplete(
            TestDatabases.Kind kind) throws Exception {
        try (Database pool = poolOfOne(kind, 250)) {
            RecordingSubscriber<User> subscriber = new RecordingSubscriber<>(100);
            CompletableFuture<Integer> activeAtEnd = activeWhenItEnds(pool, subscriber);

            pool.use(() -> User.query().orderBy("id").stream(30)).subscribe(subscriber);

            List<User> users = subscriber.done().get(30, TimeUnit.SECONDS);
            assertThat(users).extracting(user -> user.name).containsExactlyElementsOf(names(250));
            assertThat(subscriber.violations()).isEmpty();
            assertThat(activeAtEnd.get(30, TimeUnit.SECONDS)).isZero();
            assertThat(subscriber.signalsAfterEnd()).isZero();
        }
    }

    @DatabaseTest
    void demandAddedFromOnNext_isServedInTheSameStep_soTheExecutorGetsATaskPerBatchNotPerRequest(
            TestDatabases.Kind kind) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(1);
        AtomicInteger tasks = new AtomicInteger();
        Executor counting = task -> {
            tasks.incrementAndGet();
            threads.execute(task);
        };
        try (Database pool = withUsers(TestDatabases.builder(kind).maximumPoolSize(1).asyncExecutor(counting)
                .acquireTimeout(Duration.ofSeconds(30)).build(), 250)) {
            RecordingSubscriber<User> subscriber = new RecordingSubscriber<>(10);
            tasks.set(0);

            pool.use(() -> User.query().orderBy("id").stream(100)).subscribe(subscriber);

            assertThat(subscriber.done().get(30, TimeUnit.SECONDS)).extracting(user -> user.name)
                    .containsExactlyElementsOf(names(250));
            assertThat(subscriber.violations()).isEmpty();
            // Batches of 100, 100 and 50, then the close; a task per request of 10 would make 25 and the close.
            assertThat(tasks).as("tasks handed to the executor").hasValue(4);
        } finally {
            threads.shutdownNow();
        }
    }

    @DatabaseTest
    void recordsArriveOnlyAsRequested_evenWithRowsLeft(TestDatabases.Kind kind) throws Exception {
        try (Database pool = poolOfOne(kind, 20)) {
            CompletableFuture<Void> three = new CompletableFuture<>();
            CompletableFuture<Void> five = new CompletableFuture<>();
            RecordingSubscriber<User> subscriber = new RecordingSubscriber<User>(0).onEach((self, user) -> {
                int seen = self.received().size();
                if (seen == 3) {
                    three.complete(null);
                } else if (seen == 5) {
                    five.complete(null);
                }
            });
            pool.use(() -> User.query().orderBy("id").stream(4)).subscribe(subscriber);

            subscriber.request(3);
            three.get(30, TimeUnit.SECONDS);
            subscriber.request(2);
            five.get(30, TimeUnit.SECONDS);
            subscriber.cancel();
            awaitConnectionGivenBack(pool);

            assertThat(subscriber.received()).extracting(user -> user.name).containsExactlyElementsOf(names(5));
            assertThat(subscriber.violations()).isEmpty();
            assertThat(subscriber.ended()).as("a cancelled subscription is not signalled its end").isFalse();
            assertThat(TestPools.activeConnections(pool)).isZero();
        }
    }

    @DatabaseTest
    void cancelMidway_givesTheConnectionBack_andNoFurtherRecordArrives(TestDatabases.Kind kind) throws Exception {
        try (Database pool = poolOfOne(kind, 50)) {
            CompletableFuture<Void> cancelled = new CompletableFuture<>();
            RecordingSubscriber<User> subscriber = new RecordingSubscriber<User>(10).onEach((self, user) -> {
                if (self.received().size() == 15) {
                    self.cancel();
                    cancelled.complete(null);
                }
            });
            pool.use(() -> User.query().orderBy("id").stream(10)).subscribe(subscriber);

            cancelled.get(30, TimeUnit.SECONDS);
            awaitConnectionGivenBack(pool);

            assertThat(subscriber.received()).hasSize(15);
            assertThat(subscriber.ended()).isFalse();
            assertThat(TestPools.activeConnections(pool)).isZero();
        }
    }

    @DatabaseTest
    void failingQuery_signalsOnErrorWithTheSyncCallsException_afterGivingTheConnectionBack(TestDatabases.Kind kind)
            throws Exception {
        try (Database pool = poolOfOne(kind, 3)) {
            RecordingSubscriber<User> subscriber = new RecordingSubscriber<>(10);
            CompletableFuture<Integer> activeAtEnd = activeWhenItEnds(pool, subscriber);

            pool.use(() -> User.query().where("no_such_column = ?", 1).stream()).subscribe(subscriber);

            Throwable failure = catchThrowable(() -> subscriber.done().get(30, TimeUnit.SECONDS));
            assertThat(failure).cause().isExactlyInstanceOf(StatementFailedException.class);
            // MariaDB's messages name the connection ("(conn=1234) "), which may differ between two calls.
            assertThat(failure.getCause().getMessage().replaceAll("\\(conn=\\d+\\) ", ""))
                    .isEqualTo(syncFailure(pool).getMessage().replaceAll("\\(conn=\\d+\\) ", ""));
            assertThat(activeAtEnd.get(30, TimeUnit.SECONDS)).isZero();
            assertThat(subscriber.received()).isEmpty();
        }
    }

    @DatabaseTest
    void requestOfZeroOrLess_signalsOnErrorIllegalArgument_rule3_9_andGivesTheConnectionBack(TestDatabases.Kind kind)
            throws Exception {
        try (Database pool = poolOfOne(kind, 10)) {
            RecordingSubscriber<User> zero = new RecordingSubscriber<>(0);
            pool.use(() -> User.query().stream()).subscribe(zero);
            zero.request(0);

            assertThatThrownBy(() -> zero.done().get(30, TimeUnit.SECONDS)).cause().isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("request(0): a subscriber must request a positive number of records (Reactive Streams rule 3.9)");
            assertThat(zero.received()).isEmpty();

            CompletableFuture<Void> two = new CompletableFuture<>();
            RecordingSubscriber<User> negative = new RecordingSubscriber<User>(0).onEach((self, user) -> {
                if (self.received().size() == 2) {
                    two.complete(null);
                }
            });
            pool.use(() -> User.query().stream(1)).subscribe(negative);
            negative.request(2);
            two.get(30, TimeUnit.SECONDS);
            negative.request(-1);

            assertThatThrownBy(() -> negative.done().get(30, TimeUnit.SECONDS)).cause()
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("request(-1): ");
            assertThat(negative.received()).hasSize(2);
            awaitConnectionGivenBack(pool);
            assertThat(TestPools.activeConnections(pool)).isZero();
        }
    }

    @DatabaseTest
    void streamInsideAnAsyncTransaction_seesItsUncommittedRows_whichTheRollbackRemoves() {
        List<List<User>> streamed = new ArrayList<>();

        assertThatThrownBy(() -> AsyncActiveRecord.transaction(() -> AsyncActiveRecord.saveAll(List.of(
                        new User("user 1", 1), new User("user 2", 2), new User("user 3", 3)))
                .thenCompose(saved -> {
                    RecordingSubscriber<User> subscriber = new RecordingSubscriber<>(1);
                    User.query().orderBy("id").stream(2).subscribe(subscriber);
                    return subscriber.done();
                })
                .thenApply(users -> {
                    streamed.add(users);
                    throw FAILURE;
                })).get(30, TimeUnit.SECONDS)).cause().isSameAs(FAILURE);

        assertThat(streamed).hasSize(1);
        assertThat(streamed.get(0)).extracting(user -> user.name).containsExactly("user 1", "user 2", "user 3");
        assertThat(User.query().count().join()).isZero();
    }

    @DatabaseTest
    void withPath_isLoadedPerBatch_soStatementsAreOnePlusBatchesTimesPaths(Database database) throws Exception {
        for (int i = 1; i <= 5; i++) {
            User user = new User("user " + i, i).save().join();
            AsyncActiveRecord.saveAll(List.of(post(user, "first of " + i), post(user, "second of " + i))).join();
        }

        for (long step : new long[] {Long.MAX_VALUE, 1}) {
            try (StatementCounter counter = StatementCounter.start(database)) {
                RecordingSubscriber<User> subscriber = new RecordingSubscriber<>(step);
                User.query().orderBy("id").with("posts").stream(2).subscribe(subscriber);
                List<User> users = subscriber.done().get(30, TimeUnit.SECONDS);

                assertThat(counter.count()).as("the users, then the posts of each batch of 2 (request %d at a time)", step)
                        .isEqualTo(1 + 3);
                counter.reset();
                assertThat(users).allSatisfy(user -> assertThat(user.posts()).isCompletedWithValueMatching(posts ->
                        posts.size() == 2 && posts.stream().allMatch(post -> post.title.endsWith(" of " + user.age))));
                assertThat(counter.count()).isZero();
            }
        }
    }

    @DatabaseTest
    void eachSubscription_readsItsOwnCursor() throws Exception {
        AsyncActiveRecord.saveAll(List.of(new User("user 1", 1), new User("user 2", 2))).join();
        Flow.Publisher<User> publisher = User.query().orderBy("id").stream(1);
        RecordingSubscriber<User> first = new RecordingSubscriber<>(1);
        RecordingSubscriber<User> second = new RecordingSubscriber<>(5);

        publisher.subscribe(first);
        publisher.subscribe(second);

        assertThat(first.done().get(30, TimeUnit.SECONDS)).extracting(user -> user.name).containsExactly("user 1", "user 2");
        assertThat(second.done().get(30, TimeUnit.SECONDS)).extracting(user -> user.name).containsExactly("user 1", "user 2");
    }

    /**
     * A subscriber that drops its subscription without cancelling it (and without reading to the end), as a sync
     * stream's abandoned iterator: once the subscription is garbage, the stream gives back its connection and its
     * place among the async work that holds connections, so that later async calls still run on a pool of one.
     * Regression: the cleaner closed the cursor, giving the connection to the pool, but the stream's permit of the
     * async gate was never given back, so every later async call waited for it and failed after the acquisition
     * timeout, saying that no connection became free.
     */
    @DatabaseTest
    void subscriptionAbandonedWithoutCancel_givesItsConnectionBackWhenCollected_andLaterAsyncCallsRun(
            TestDatabases.Kind kind) throws Exception {
        try (Database pool = withUsers(TestDatabases.builder(kind).maximumPoolSize(1).acquireTimeout(Duration.ofSeconds(3))
                .build(), 20)) {
            CompletableFuture<Void> first = new CompletableFuture<>();
            pool.use(() -> User.query().orderBy("id").stream(5)).subscribe(new Flow.Subscriber<User>() {
                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                    subscription.request(1);   // and never again, nor cancel: the subscription is dropped
                }

                @Override
                public void onNext(User user) {
                    first.complete(null);
                }

                @Override
                public void onError(Throwable failure) {
                    first.completeExceptionally(failure);
                }

                @Override
                public void onComplete() {
                }
            });
            first.get(30, TimeUnit.SECONDS);

            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (TestPools.activeConnections(pool) > 0 && System.nanoTime() < deadline) {
                System.gc();
                Thread.sleep(50);
            }

            assertThat(TestPools.activeConnections(pool)).isZero();
            assertThat(pool.use(() -> User.query().count()).get(30, TimeUnit.SECONDS)).isEqualTo(20L);
        }
    }

    /** Records the pool's active connections when {@code subscriber} is signalled its end, on the signalling thread. */
    /**
     * The pool's active count as seen when the subscriber is signalled its end. Read it with a timeout: the test thread
     * waiting on {@code done()} may wake before this observation has run.
     */
    private static CompletableFuture<Integer> activeWhenItEnds(Database pool, RecordingSubscriber<?> subscriber) {
        return subscriber.done().handle((users, failure) -> TestPools.activeConnections(pool));
    }

    /** Waits for an async call on {@code pool}, which on a pool of one runs only once every other async work gave its connection back. */
    private static void awaitConnectionGivenBack(Database pool) throws Exception {
        pool.use(() -> User.query().count()).get(30, TimeUnit.SECONDS);
    }

    /** The failure of the sync twin's stream of the same failing query. */
    private static StatementFailedException syncFailure(Database pool) {
        try {
            pool.use(() -> org.activerecord4j.models.User.query().where("no_such_column = ?", 1).stream().toList());
        } catch (StatementFailedException e) {
            return e;
        }
        throw new AssertionError("The sync stream did not fail");
    }

    private static Post post(User user, String title) {
        Post post = new Post(title);
        post.userId = user.id;
        return post;
    }

    private static List<String> names(int count) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            names.add("user " + i);
        }
        return names;
    }

    /** A pool of one connection on the test's database, with {@code users} users named "user 1", "user 2", … by id. */
    private static Database poolOfOne(TestDatabases.Kind kind, int users) {
        return withUsers(TestDatabases.builder(kind).maximumPoolSize(1).acquireTimeout(Duration.ofSeconds(30)).build(),
                users);
    }

    /** {@code pool}, its schema recreated, with {@code users} users named "user 1", "user 2", … by id. */
    private static Database withUsers(Database pool, int users) {
        TestSchema.recreate(pool, User.class, Post.class);
        List<User> rows = new ArrayList<>();
        for (int i = 1; i <= users; i++) {
            rows.add(new User("user " + i, i));
        }
        pool.use(() -> AsyncActiveRecord.saveAll(rows)).join();
        return pool;
    }
}

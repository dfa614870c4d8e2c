package org.activerecord4j.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.Database;
import org.activerecord4j.models.async.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestPools;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.Test;

/**
 * Closing a database: async calls made afterwards fail rather than hang, and the threads the database started
 * for its async calls are gone. Each test closes a pool of its own.
 */
class AsyncCloseTest {

    private static final String CLOSED = " was closed; it can no longer run statements";

    @DatabaseTest
    void asyncCallsAfterClose_failInsteadOfHanging(Database database) throws Exception {
        Database pool = openWithUsers(database);
        pool.close();

        List<CompletableFuture<?>> calls = new ArrayList<>();
        calls.add(pool.use(() -> User.query().count()));
        calls.add(pool.use(() -> new User("Bob", 40).save()));
        calls.add(pool.transactionAsync(() -> new User("Cy", 50).save()));
        RecordingSubscriber<User> subscriber = new RecordingSubscriber<>(10);
        pool.use(() -> User.query().stream()).subscribe(subscriber);
        calls.add(subscriber.done());

        for (CompletableFuture<?> call : calls) {
            Throwable failure = catchThrowable(() -> call.get(20, TimeUnit.SECONDS));
            assertThat(failure).as("an async call after close()").isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(ActiveRecordException.class).hasMessage("The database " + pool.dialectName() + " " + pool.url() + CLOSED);
        }
    }

    /**
     * Regression test: a call on a closed database started a new executor, which nothing shut down, and kept the
     * closed database in a static map. (On JDK 21 and later the threads are virtual, which the second check cannot see.)
     */
    @DatabaseTest
    void close_endsTheDatabasesOwnAsyncThreads_andACallAfterwardsStartsNone(Database database) throws Exception {
        Database pool = openWithUsers(database);
        List<Thread> threads = new ArrayList<>();
        pool.addListener(event -> {
            synchronized (threads) {
                threads.add(Thread.currentThread());
            }
        });
        pool.use(() -> User.query().all()).get(20, TimeUnit.SECONDS);
        pool.use(() -> User.query().count()).get(20, TimeUnit.SECONDS);

        pool.close();

        assertThat(threads).isNotEmpty().allSatisfy(thread -> {
            thread.join(10_000);
            assertThat(thread.isAlive()).as("%s alive after close()", thread).isFalse();
        });
        Set<Thread> before = asyncThreads();
        catchThrowable(() -> pool.use(() -> User.query().count()).get(20, TimeUnit.SECONDS));
        assertThat(asyncThreads()).as("async threads started by a call on the closed database").isSubsetOf(before);
    }

    /** Regression test: a call waiting for the connection an idle stream held waited forever once the database was closed. */
    @DatabaseTest
    void callWaitingForAConnectionAtClose_failsInsteadOfHanging(Database database) throws Exception {
        Database pool = TestPools.builderLike(database).maximumPoolSize(1).build();
        TestSchema.recreate(pool, User.class);
        pool.use(() -> AsyncActiveRecord.saveAll(List.of(new User("Ann", 31), new User("Bob", 40)))).get(20, TimeUnit.SECONDS);
        CompletableFuture<Void> first = new CompletableFuture<>();
        RecordingSubscriber<User> holding = new RecordingSubscriber<User>(0).onEach((self, user) -> first.complete(null));
        pool.use(() -> User.query().stream(1)).subscribe(holding);
        holding.request(1);
        first.get(20, TimeUnit.SECONDS);                 // the stream now holds the pool's one connection, idle
        CompletableFuture<Long> waiting = pool.use(() -> User.query().count());

        pool.close();

        assertThat(catchThrowable(() -> waiting.get(20, TimeUnit.SECONDS))).as("the call waiting at close()")
                .isInstanceOf(ExecutionException.class).cause().isInstanceOf(ActiveRecordException.class)
                .hasMessageEndingWith(CLOSED);
        holding.request(1);
        assertThat(catchThrowable(() -> holding.done().get(20, TimeUnit.SECONDS))).as("the stream after close()")
                .isInstanceOf(ExecutionException.class).cause().isInstanceOf(ActiveRecordException.class)
                .hasMessageEndingWith(CLOSED);
        assertThat(holding.received()).hasSize(1);
    }

    /**
     * Regression test: a database closed while its first async call set up its async side made that call fail with
     * {@code IllegalStateException: Recursive update} (the close ran, inside the set-up, the removal of the very
     * entry being set up) instead of saying the database was closed. Embedded databases only: a few hundred pools.
     */
    @Test
    void closeRacingTheFirstAsyncCall_failsTheCallAsClosed_neverWithAnInternalError() throws Exception {
        ExecutorService closer = Executors.newSingleThreadExecutor();
        try {
            for (int round = 0; round < 300; round++) {
                Database pool = Database.builder("jdbc:sqlite::memory:").build();
                CountDownLatch start = new CountDownLatch(1);
                Future<?> closed = closer.submit(() -> {
                    start.await();
                    pool.close();
                    return null;
                });
                start.countDown();
                CompletableFuture<Long> call = pool.use(() -> User.query().count());
                closed.get(20, TimeUnit.SECONDS);
                Throwable failure = catchThrowable(() -> call.get(20, TimeUnit.SECONDS));
                if (failure != null) {
                    assertThat(failure).as("round %d", round).isInstanceOf(ExecutionException.class)
                            .cause().isInstanceOf(ActiveRecordException.class);
                }
            }
        } finally {
            closer.shutdownNow();
        }
    }

    /**
     * Regression test: {@code close()} called by a stage running on one of the database's own async threads waited
     * for that executor to end, so for itself: it gave up after 10 seconds and interrupted its own thread, which
     * then interrupted the pool's close ({@code HikariDataSource - Interrupted during closing}). A listener holds the
     * call's statement until the stage is chained, so the stage runs on the thread that completes the call.
     */
    @DatabaseTest
    void closeFromAStageOnTheDatabasesOwnThread_closesTheDatabase_withoutInterruptingThatThread(Database database)
            throws Exception {
        Database pool = openWithUsers(database);
        CountDownLatch chained = new CountDownLatch(1);
        pool.addListener(event -> {
            try {
                chained.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        List<Thread> stageThread = new ArrayList<>();
        CompletableFuture<Boolean> interrupted = pool.use(() -> User.query().count()).thenApply(count -> {
            stageThread.add(Thread.currentThread());
            pool.close();
            return Thread.currentThread().isInterrupted();
        });
        chained.countDown();

        assertThat(interrupted.get(60, TimeUnit.SECONDS)).as("the closing stage's thread interrupted").isFalse();
        assertThat(stageThread).hasSize(1).doesNotContain(Thread.currentThread());
        assertThat(((HikariDataSource) pool.dataSource()).isClosed()).isTrue();
        stageThread.get(0).join(10_000);
        assertThat(stageThread.get(0).isAlive()).as("%s alive after close()", stageThread.get(0)).isFalse();
    }

    /**
     * A database closed by a stream's own subscriber, in onNext on one of the database's async threads: the stream
     * ends saying the database was closed, and every thread that ran its statements or signals ends.
     */
    @DatabaseTest
    void closeFromAStreamsOnNext_endsTheStreamSayingSo_andTheDatabasesOwnThreads(Database database) throws Exception {
        Database pool = openWithUsers(database);
        pool.use(() -> new User("Bob", 40).save()).get(20, TimeUnit.SECONDS);
        List<Thread> threads = threadsOfStatements(pool);
        RecordingSubscriber<User> closing = new RecordingSubscriber<User>(1).onEach((self, user) -> {
            synchronized (threads) {
                threads.add(Thread.currentThread());
            }
            pool.close();
        });

        pool.use(() -> User.query().stream(1)).subscribe(closing);

        assertThat(catchThrowable(() -> closing.done().get(20, TimeUnit.SECONDS))).as("the stream closed in its onNext")
                .isInstanceOf(ExecutionException.class).cause().isInstanceOf(ActiveRecordException.class)
                .hasMessageEndingWith(CLOSED);
        assertThat(closing.received()).hasSize(1);
        assertThat(((HikariDataSource) pool.dataSource()).isClosed()).isTrue();
        assertAllEnd(threads);
    }

    /**
     * A database closed while a stream's subscription is open and idle, holding its connection: the database's own
     * threads end, and the stream's next request ends it saying the database was closed.
     */
    @DatabaseTest
    void closeWhileAStreamSubscriptionIsOpen_endsTheDatabasesOwnThreads(Database database) throws Exception {
        Database pool = openWithUsers(database);
        pool.use(() -> new User("Bob", 40).save()).get(20, TimeUnit.SECONDS);
        List<Thread> threads = threadsOfStatements(pool);
        CompletableFuture<Void> first = new CompletableFuture<>();
        RecordingSubscriber<User> open = new RecordingSubscriber<User>(0).onEach((self, user) -> {
            synchronized (threads) {
                threads.add(Thread.currentThread());
            }
            first.complete(null);
        });
        pool.use(() -> User.query().stream(1)).subscribe(open);
        open.request(1);
        first.get(20, TimeUnit.SECONDS);

        pool.close();

        assertAllEnd(threads);
        open.request(1);
        assertThat(catchThrowable(() -> open.done().get(20, TimeUnit.SECONDS))).as("the stream after close()")
                .isInstanceOf(ExecutionException.class).cause().isInstanceOf(ActiveRecordException.class)
                .hasMessageEndingWith(CLOSED);
    }

    /** Records the threads on which statements of {@code pool} run. */
    private static List<Thread> threadsOfStatements(Database pool) {
        List<Thread> threads = new ArrayList<>();
        pool.addListener(event -> {
            synchronized (threads) {
                threads.add(Thread.currentThread());
            }
        });
        return threads;
    }

    /** Asserts that each thread ends within 10 seconds (the test's thread and the JVM's common pool excepted). */
    private static void assertAllEnd(List<Thread> threads) throws InterruptedException {
        List<Thread> own;
        synchronized (threads) {
            own = threads.stream().filter(thread -> thread != Thread.currentThread()
                    && !thread.getName().startsWith("ForkJoinPool")).distinct().toList();
        }
        assertThat(own).isNotEmpty();
        for (Thread thread : own) {
            thread.join(10_000);
            assertThat(thread.isAlive()).as("%s alive after close()", thread).isFalse();
        }
    }

    /** Opens a pool of its own on the test's database, with a user saved through it. */
    private static Database openWithUsers(Database database) throws Exception {
        Database pool = TestPools.builderLike(database).build();
        TestSchema.recreate(pool, User.class);
        pool.use(() -> new User("Ann", 31).save()).get(20, TimeUnit.SECONDS);
        return pool;
    }

    /** The live platform threads named as the databases' own async threads are. */
    private static Set<Thread> asyncThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(thread -> thread.getName().startsWith("activerecord4j-async-"))
                .collect(Collectors.toSet());
    }
}

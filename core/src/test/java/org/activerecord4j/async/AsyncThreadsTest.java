package org.activerecord4j.async;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.Database;
import org.activerecord4j.ListenerRegistration;
import org.activerecord4j.models.async.Comment;
import org.activerecord4j.models.async.Order;
import org.activerecord4j.models.async.Post;
import org.activerecord4j.models.async.Profile;
import org.activerecord4j.models.async.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestPools;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Where async statements run: a statement listener records the thread of every statement, and none is a
 * thread that made a call (the test's, or the application's executor that a chain hopped to); they are the
 * database's own executor threads, or those of the executor given with {@code asyncExecutor}.
 */
class AsyncThreadsTest {

    /** An executor of the application's. */
    private ExecutorService application;

    @BeforeEach
    void schema(Database database) {
        TestSchema.recreate(database, User.class, Post.class, Comment.class, Profile.class, Order.class);
        application = Executors.newFixedThreadPool(2, named("application-", new AtomicInteger()));
    }

    @AfterEach
    void stopExecutor() {
        application.shutdownNow();
    }

    @DatabaseTest
    void everyKindOfCall_runsItsStatementsOnTheDatabasesOwnThreads_neverOnTheCallers(Database database) {
        List<Thread> threads = new ArrayList<>();
        ListenerRegistration recording = record(database, threads);
        try {
            everyKindOfCall();
        } finally {
            recording.close();
        }

        assertThat(threads).hasSizeGreaterThan(20).doesNotContain(Thread.currentThread())
                .allSatisfy(thread -> assertThat(isLibraryThread(thread, database.dialectName()))
                        .as("%s is one of the database's async threads", thread).isTrue());
    }

    @DatabaseTest
    void callsMadeOnTheApplicationsThreads_runTheirStatementsElsewhere(Database database) throws Exception {
        List<Thread> threads = new ArrayList<>();
        List<Thread> callers = new ArrayList<>();
        ListenerRegistration recording = record(database, threads);
        try {
            application.submit(() -> {
                callers.add(Thread.currentThread());
                return new User("Ann", 31).save().join();
            }).get(30, TimeUnit.SECONDS);
            AsyncActiveRecord.transaction(() -> new User("Bob", 40).save()
                    .thenComposeAsync(saved -> {
                        callers.add(Thread.currentThread());
                        return User.query().count();
                    }, application)).get(30, TimeUnit.SECONDS);
        } finally {
            recording.close();
        }

        assertThat(callers).hasSize(2).allSatisfy(caller -> assertThat(caller.getName()).startsWith("application-"));
        assertThat(threads).hasSize(3).doesNotContainAnyElementsOf(callers)
                .allSatisfy(thread -> assertThat(isLibraryThread(thread, database.dialectName())).isTrue());
    }

    @DatabaseTest
    void withAnAsyncExecutorGiven_everyStatementRunsOnItsThreads(Database database) {
        ExecutorService given = Executors.newFixedThreadPool(2, named("given-", new AtomicInteger()));
        try (Database pool = TestPools.builderLike(database).asyncExecutor(given).build()) {
            TestSchema.recreate(pool, User.class, Post.class, Comment.class, Profile.class, Order.class);
            List<Thread> threads = new ArrayList<>();
            ListenerRegistration recording = record(pool, threads);
            try {
                pool.use(this::everyKindOfCall);
            } finally {
                recording.close();
            }

            assertThat(threads).hasSizeGreaterThan(20)
                    .allSatisfy(thread -> assertThat(thread.getName()).as("the thread of a statement").startsWith("given-"));
        } finally {
            given.shutdownNow();
        }
    }

    /** Makes each kind of async call from this thread, one after another, and waits for each. */
    private void everyKindOfCall() {
        User ann = new User("Ann", 31).save().join();
        Post post = new Post("Hello");
        post.userId = ann.id;
        post.save().join();
        User.findOne(ann.id).join();
        User.findOneOrThrow(ann.id).join().posts().join();
        ann.reload().join();
        User.query().all().join();
        User.query().with("posts").one().join();
        User.query().oneOrThrow().join();
        User.query().optional().join();
        User.query().first().join();
        User.query().count().join();
        User.query().exists().join();
        post.author().join();
        AsyncActiveRecord.saveAll(List.of(new User("Bob", 40), new User("Cy", 50))).join();
        AsyncActiveRecord.transaction(() -> new User("Dee", 60).save().thenCompose(saved -> saved.delete())).join();
        RecordingSubscriber<User> subscriber = new RecordingSubscriber<>(2);
        User.query().with("posts").stream(2).subscribe(subscriber);
        assertThat(subscriber.done().orTimeout(30, TimeUnit.SECONDS).join()).hasSize(3);
        post.delete().join();
        ann.delete().join();
    }

    private static ListenerRegistration record(Database database, List<Thread> threads) {
        return database.addListener(event -> {
            synchronized (threads) {
                threads.add(Thread.currentThread());
            }
        });
    }

    /**
     * Returns whether {@code thread} is one of the threads a database runs its async statements on: a virtual
     * thread on JDK 21 and later, else one of its pool's named threads.
     */
    private static boolean isLibraryThread(Thread thread, String dialect) {
        try {
            return (Boolean) Thread.class.getMethod("isVirtual").invoke(thread);
        } catch (NoSuchMethodException e) {
            return thread.getName().startsWith("activerecord4j-async-" + dialect + "-") && thread.isDaemon();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.util.concurrent.ThreadFactory named(String prefix, AtomicInteger count) {
        return task -> new Thread(task, prefix + count.incrementAndGet());
    }
}

package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.activerecord4j.models.Post;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestPools;
import org.activerecord4j.testing.TestSchema;

/**
 * {@code stream().parallel()}: a stream reads one cursor on one connection, so its records are handed on in the
 * thread that runs the terminal operation, where relations read in the consumer (and the stream's eager batches)
 * run beside the cursor, in the stream's transaction, even on a pool of one connection. Run in a fork-join pool of
 * four workers, so that rows handed to other threads would be taken by them.
 */
class ParallelStreamTest {

    /** More than the 1,024 rows a spliterator first hands off when split, so the cursor stays open beside them. */
    private static final int USERS = 1_500;
    private static final Duration WAIT_LIMIT = Duration.ofSeconds(60);

    @DatabaseTest
    void parallelStream_inATransactionOnAPoolOfOne_readsLazilyInTheCallingThreadInTheTransaction(Database shared)
            throws Exception {
        assertParallelStreamSeesItsTransaction(shared, User::query);
    }

    @DatabaseTest
    void parallelStreamWithEagerPath_inATransactionOnAPoolOfOne_runsInTheCallingThreadInTheTransaction(Database shared)
            throws Exception {
        assertParallelStreamSeesItsTransaction(shared, () -> User.query().with("posts"));
    }

    private static void assertParallelStreamSeesItsTransaction(Database shared, Supplier<Query<User>> query) throws Exception {
        try (Database database = TestPools.builderLike(shared).maximumPoolSize(1).acquireTimeout(Duration.ofSeconds(2)).build()) {
            TestSchema.recreate(database, User.class, Post.class);
            Set<Thread> consumers = ConcurrentHashMap.newKeySet();
            AtomicReference<Thread> caller = new AtomicReference<>();
            ForkJoinPool workers = new ForkJoinPool(4);
            try {
                List<Integer> postCounts = workers.submit(() -> database.use(() -> database.transaction(() -> {
                    usersWithOnePostEach();
                    caller.set(Thread.currentThread());
                    return query.get().stream().parallel().map(user -> {
                        consumers.add(Thread.currentThread());
                        LockSupport.parkNanos(200_000); // time for idle workers to take rows handed off
                        return user.posts().size();
                    }).toList();
                }))).get(WAIT_LIMIT.toSeconds(), TimeUnit.SECONDS);

                assertThat(postCounts).hasSize(USERS).containsOnly(1);
                assertThat(consumers).containsExactly(caller.get());
            } finally {
                workers.shutdownNow();
            }
            assertThat(TestPools.activeConnections(database)).isZero();
        }
    }

    /** Inserts the users and their posts, inside the caller's transaction, so only its connection sees them. */
    private static void usersWithOnePostEach() {
        List<User> users = new ArrayList<>(USERS);
        for (int u = 0; u < USERS; u++) {
            users.add(new User("user " + u, u));
        }
        ActiveRecord.saveAll(users);
        List<Post> posts = new ArrayList<>(USERS);
        for (User user : users) {
            Post post = new Post(user.name + " post");
            post.userId = user.id;
            posts.add(post);
        }
        ActiveRecord.saveAll(posts);
    }
}

package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.activerecord4j.models.Post;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestPools;
import org.activerecord4j.testing.TestSchema;

/** Streams and the pool: many at once on a smaller pool, and many left unclosed, never wait for a connection in vain. */
class StreamConnectionsTest {

    private static final int STREAMS = 16;
    private static final int POOL_SIZE = 10;
    private static final int USERS = 40;
    private static final int POSTS_PER_USER = 3;
    /** Rows per round trip: below {@link #USERS}, so eager batches also run after the pool is exhausted. */
    private static final int FETCH_SIZE = 10;
    private static final Duration WAIT_LIMIT = Duration.ofSeconds(60);

    /**
     * The first {@value #POOL_SIZE} streams hold every connection of the pool until all of them have read a
     * row; then each reads the posts of each user, lazily or eagerly, while the other streams wait for a
     * connection.
     */
    @DatabaseTest
    void sixteenStreamsOnAPoolOfTen_readingPostsLazilyAndEagerly_allCompleteWithEveryPost(Database shared) throws Exception {
        try (Database database = TestPools.builderLike(shared).maximumPoolSize(POOL_SIZE).build()) {
            TestSchema.recreate(database, User.class, Post.class);
            Map<String, List<String>> expected = database.use(StreamConnectionsTest::usersWithPosts);
            CountDownLatch poolExhausted = new CountDownLatch(POOL_SIZE);
            ExecutorService threads = Executors.newFixedThreadPool(STREAMS);
            try {
                List<Future<Map<String, List<String>>>> streams = new ArrayList<>();
                for (int stream = 0; stream < STREAMS; stream++) {
                    Query<User> users = stream % 2 == 0 ? User.query() : User.query().with("posts");
                    streams.add(threads.submit(() -> database.use(() -> titlesByUser(users, poolExhausted))));
                }
                for (Future<Map<String, List<String>>> stream : streams) {
                    assertThat(stream.get(WAIT_LIMIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(expected);
                }
            } finally {
                threads.shutdownNow();
            }
            assertThat(TestPools.activeConnections(database)).isZero();
        }
    }

    @DatabaseTest
    void thousandStreamsEndedByTheirTerminalOperationAndNeverClosed_leaveThePoolFree(Database shared) {
        Duration acquireTimeout = Duration.ofSeconds(2);
        try (Database database = TestPools.builderLike(shared).maximumPoolSize(2).acquireTimeout(acquireTimeout).build()) {
            TestSchema.recreate(database, User.class);
            database.use(() -> List.of("Ann", "Bob", "Cid").forEach(name -> new User(name, 30).save()));

            database.use(() -> {
                for (int stream = 0; stream < 1_000; stream++) {
                    switch (stream % 4) {
                        case 0 -> {
                            List<String> names = new ArrayList<>();
                            User.query().stream().forEach(user -> names.add(user.name));
                            assertThat(names).hasSize(3);
                        }
                        case 1 -> assertThat(User.query().stream().toList()).hasSize(3);
                        case 2 -> assertThat(User.query().stream().count()).isEqualTo(3);
                        default -> assertThat(User.query().orderBy(User.c.name.asc()).stream().findFirst())
                                .hasValueSatisfying(user -> assertThat(user.name).isEqualTo("Ann"));
                    }
                }
            });
            long started = System.nanoTime();
            long users = database.use(() -> User.query().count());

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(acquireTimeout.dividedBy(2));
            assertThat(users).isEqualTo(3);
            assertThat(TestPools.activeConnections(database)).isZero();
        }
    }

    private static Map<String, List<String>> usersWithPosts() {
        Map<String, List<String>> titles = new TreeMap<>();
        for (int u = 0; u < USERS; u++) {
            User user = new User("user " + u, u);
            user.save();
            List<String> posts = new ArrayList<>();
            for (int p = 0; p < POSTS_PER_USER; p++) {
                Post post = new Post(user.name + " post " + p);
                post.userId = user.id;
                post.save();
                posts.add(post.title);
            }
            titles.put(user.name, posts);
        }
        return titles;
    }

    /** Reads each user's posts beside the stream, once {@code poolExhausted} says every connection is taken. */
    private static Map<String, List<String>> titlesByUser(Query<User> users, CountDownLatch poolExhausted) {
        Map<String, List<String>> titles = new TreeMap<>();
        users.stream(FETCH_SIZE).forEach(user -> {
            if (titles.isEmpty()) {
                awaitOthers(poolExhausted);
            }
            titles.put(user.name, user.posts().stream().map(post -> post.title).sorted().toList());
        });
        return titles;
    }

    private static void awaitOthers(CountDownLatch latch) {
        latch.countDown();
        try {
            assertThat(latch.await(WAIT_LIMIT.toSeconds(), TimeUnit.SECONDS)).as("all streams opened").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.activerecord4j.models.Post;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.CapturedLog;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestDatabases;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/**
 * Streams give their connection back by themselves and never wait for a connection the pool cannot give.
 * Regression tests for issue 12 ("streams leak and deadlock"): each runs on a pool of its own, small enough
 * that one leaked or second connection would show.
 */
class StreamReleaseTest {

    @BeforeEach
    void schema(Database database) {
        TestSchema.recreate(database, User.class, Post.class);
        for (int i = 0; i < 3; i++) {
            User user = new User("user " + i, 20 + i);
            user.save();
            Post post = new Post("post of " + i);
            post.userId = user.id;
            post.save();
        }
    }

    @DatabaseTest
    void consumerThrows_connectionIsReturned(TestDatabases.Kind kind) {
        try (Database pool = smallPool(kind, 1)) {
            IllegalStateException failure = new IllegalStateException("consumer failed");

            assertThatThrownBy(() -> pool.use(() -> User.query().stream().forEach(user -> {
                throw failure;
            }))).isSameAs(failure);

            assertThat(active(pool)).isZero();
            assertThat(pool.use(() -> User.query().count())).isEqualTo(3);
        }
    }

    @DatabaseTest
    void shortCircuitingTerminalOperations_returnTheConnection(TestDatabases.Kind kind) {
        try (Database pool = smallPool(kind, 1)) {
            Optional<User> first = pool.use(() -> User.query().orderBy("id").stream().findFirst());
            boolean any = pool.use(() -> User.query().stream().map(user -> user.name).anyMatch(name -> name.endsWith("0")));
            List<String> two = pool.use(() -> User.query().orderBy("id").stream().limit(2).map(user -> user.name).toList());
            int sum = pool.use(() -> User.query().stream().mapToInt(user -> user.age).limit(1).sum());

            assertThat(first).map(user -> user.name).contains("user 0");
            assertThat(any).isTrue();
            assertThat(two).containsExactly("user 0", "user 1");
            assertThat(sum).isBetween(20, 22);
            assertThat(active(pool)).isZero();
        }
    }

    @DatabaseTest
    void abandonedIterator_isReleasedByClose(TestDatabases.Kind kind) {
        try (Database pool = smallPool(kind, 1)) {
            pool.use(() -> {
                try (Stream<User> users = User.query().stream()) {
                    Iterator<User> iterator = users.iterator();
                    assertThat(iterator.next()).isNotNull();
                }
            });

            assertThat(active(pool)).isZero();
        }
    }

    @DatabaseTest
    void leakedStream_isClosedWhenCollected_withAWarningNamingWhereItWasOpened(TestDatabases.Kind kind) throws Exception {
        try (Database pool = smallPool(kind, 2); CapturedLog log = CapturedLog.of("org.activerecord4j", Level.WARN)) {
            pool.use(this::readOneRowAndAbandonTheIterator);

            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (active(pool) > 0 && System.nanoTime() < deadline) {
                System.gc();
                Thread.sleep(50);
            }

            assertThat(active(pool)).isZero();
            assertThat(log.events()).anySatisfy(event -> {
                assertThat(event.getFormattedMessage()).startsWith("A stream of User was garbage-collected without being closed");
                assertThat(event.getThrowableProxy().getMessage()).isEqualTo("The stream was opened here");
            });
        }
    }

    /**
     * Regression: closing a stream's cursor on another thread than the one that opened it (the garbage collector's
     * cleaner, or a thread the stream was handed to) counted the connection as given back by that thread, so the
     * opening thread still counted it as held: on a pool of one, its every later statement failed at once with
     * "This thread already holds 1 of the 1 connection(s)".
     */
    @DatabaseTest
    void leakedStream_closedWhenCollected_onAPoolOfOne_theOpeningThreadQueriesAgain(TestDatabases.Kind kind) throws Exception {
        try (Database pool = smallPool(kind, 1)) {
            pool.use(this::readOneRowAndAbandonTheIterator);

            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (active(pool) > 0 && System.nanoTime() < deadline) {
                System.gc();
                Thread.sleep(50);
            }

            assertThat(active(pool)).isZero();
            assertThat(pool.use(() -> User.query().count())).isEqualTo(3);
            assertThat(pool.use(() -> User.query().stream().count())).isEqualTo(3);
        }
    }

    @DatabaseTest
    void streamOpenedOnOneThread_readOnAnother_onAPoolOfOne_bothThreadsQueryAgain(TestDatabases.Kind kind) throws Exception {
        try (Database pool = smallPool(kind, 1)) {
            Stream<User> users = pool.use(() -> User.query().orderBy("id").stream());
            ExecutorService other = Executors.newSingleThreadExecutor();
            try {
                List<String> names = other.submit(() -> users.map(user -> user.name).toList()).get(20, TimeUnit.SECONDS);
                assertThat(names).containsExactly("user 0", "user 1", "user 2");
                assertThat(active(pool)).isZero();

                assertThat(pool.use(() -> User.query().count())).isEqualTo(3);
                assertThat(other.submit(() -> pool.use(() -> User.query().count())).get(20, TimeUnit.SECONDS))
                        .isEqualTo(3);
            } finally {
                other.shutdownNow();
            }
        }
    }

    private void readOneRowAndAbandonTheIterator() {
        Iterator<User> iterator = User.query().stream(1).iterator();
        assertThat(iterator.next()).isNotNull();
    }

    @DatabaseTest
    void consumerReadingRelationsLazily_onAPoolOfOne_completes(TestDatabases.Kind kind) {
        try (Database pool = smallPool(kind, 1)) {
            List<String> titles = pool.use(() -> User.query().orderBy("id").stream()
                    .map(user -> user.posts().get(0).title).toList());

            assertThat(titles).containsExactly("post of 0", "post of 1", "post of 2");
            assertThat(active(pool)).isZero();
        }
    }

    @DatabaseTest
    void eagerStream_onAPoolOfOne_completes(TestDatabases.Kind kind) {
        try (Database pool = smallPool(kind, 1)) {
            List<Integer> counts = pool.use(() -> User.query().with("posts").stream(2)
                    .map(user -> user.posts().size()).toList());

            assertThat(counts).containsExactly(1, 1, 1);
            assertThat(active(pool)).isZero();
        }
    }

    @DatabaseTest
    void transactionInsideAStreamsConsumer_onAPoolOfOne_failsAtOnceNamingTheFix(TestDatabases.Kind kind) {
        try (Database pool = smallPool(kind, 1)) {
            long started = System.nanoTime();

            assertThatThrownBy(() -> pool.use(() -> User.query().stream().forEach(user -> ActiveRecord.transaction(() -> {
                user.name = user.name + "!";
                user.save();
            }))))
                    .isInstanceOf(ActiveRecordException.class)
                    .hasMessageContaining("This thread already holds 1 of the 1 connection(s) of " + pool.dialectName())
                    .hasMessageContaining("raise maximumPoolSize");

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            assertThat(active(pool)).isZero();
        }
    }

    @DatabaseTest
    void streamOpenedInATransaction_readAfterItEnded_failsClearly() {
        Iterator<User> iterator = ActiveRecord.transaction(() -> User.query().stream(1).iterator());

        assertThatThrownBy(iterator::next).isInstanceOf(ActiveRecordException.class)
                .hasMessageStartingWith("This stream was read after the transaction it was opened in ended");
    }

    @DatabaseTest
    void streamReadInsideItsTransaction_seesTheTransactionsRows() {
        List<String> names = ActiveRecord.transaction(() -> {
            new User("inside", 1).save();
            return User.query().orderBy("id").stream().map(user -> user.name).toList();
        });

        assertThat(names).containsExactly("user 0", "user 1", "user 2", "inside");
    }

    private static Database smallPool(TestDatabases.Kind kind, int size) {
        Database database = TestDatabases.builder(kind).maximumPoolSize(size).acquireTimeout(Duration.ofSeconds(20)).build();
        if (kind == TestDatabases.Kind.SQLITE) {
            // A new SQLite file: copy the rows the test reads into it.
            database.createTables(User.class, Post.class);
            List<User> users = User.query().orderBy("id").all();
            List<Post> posts = Post.query().orderBy("id").all();
            database.use(() -> {
                for (User user : users) {
                    User copy = new User(user.name, user.age);
                    copy.save();
                    for (Post post : posts) {
                        if (post.userId.equals(user.id)) {
                            Post postCopy = new Post(post.title);
                            postCopy.userId = copy.id;
                            postCopy.save();
                        }
                    }
                }
            });
        }
        return database;
    }

    private static int active(Database database) {
        return ((HikariDataSource) database.dataSource()).getHikariPoolMXBean().getActiveConnections();
    }
}

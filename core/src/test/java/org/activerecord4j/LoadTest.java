package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.activerecord4j.models.Comment;
import org.activerecord4j.models.Order;
import org.activerecord4j.models.Post;
import org.activerecord4j.models.Profile;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestPools;
import org.activerecord4j.testing.TestSchema;

/**
 * The load test: {@value #THREADS} threads share a pool of {@value #POOL_SIZE} for {@link #DURATION}, each
 * mixing inserts of a user with a profile, posts and comments, finds, updates, eager loads and deletes that
 * run the dependents, with read-then-write transactions on a counter row of its own. Each thread checks
 * what it reads against what it wrote.
 */
class LoadTest {

    private static final Duration DURATION = Duration.ofSeconds(20);
    private static final int THREADS = 16;
    private static final int POOL_SIZE = 8;
    private static final int POSTS_PER_USER = 2;

    @DatabaseTest
    void sixteenThreadsMixingWritesAndReads_makeNoErrors_loseNoUpdates_andLeaveNoConnectionLent(Database shared)
            throws Exception {
        try (Database database = TestPools.builderLike(shared).maximumPoolSize(POOL_SIZE).build()) {
            TestSchema.recreate(database, User.class, Profile.class, Post.class, Comment.class, Order.class);
            long deadline = System.nanoTime() + DURATION.toNanos();
            List<Worker> workers = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                workers.add(new Worker(database, thread, deadline));
            }

            runAll(workers);

            List<String> errors = workers.stream().flatMap(worker -> worker.errors.stream()).toList();
            assertThat(errors).as("errors of the %d threads", THREADS).isEmpty();
            for (Worker worker : workers) {
                assertThat(database.use(() -> User.findOneOrThrow(worker.counter.id).age))
                        .as("counter of thread %d", worker.thread).isEqualTo(worker.increments);
                assertThat(database.use(() -> User.query().where(User.c.name.startsWith(worker.prefix)).count()))
                        .as("users of thread %d", worker.thread).isEqualTo(worker.users.size());
                assertThat(worker.done).as("operations of thread %d", worker.thread).allSatisfy((operation, count) ->
                        assertThat(count).as(operation.name()).isPositive());
            }
            long liveUsers = workers.stream().mapToLong(worker -> worker.users.size()).sum();
            assertThat(database.use(() -> Profile.query().count())).isEqualTo(liveUsers);
            assertThat(database.use(() -> Post.query().count())).isEqualTo(liveUsers * POSTS_PER_USER);
            assertThat(database.use(() -> Comment.query().count())).isEqualTo(liveUsers * POSTS_PER_USER);
            assertThat(TestPools.activeConnections(database)).isZero();
        }
    }

    private static void runAll(List<Worker> workers) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(workers.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Worker worker : workers) {
                running.add(threads.submit(worker::run));
            }
            for (Future<?> future : running) {
                future.get(DURATION.toSeconds() + 60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** What a thread does in one step. */
    private enum Operation { INSERT, FIND, UPDATE, EAGER_LOAD, DELETE, INCREMENT }

    /** One thread of the test: its own users, its own counter, its own tally of what it did and what failed. */
    private static final class Worker {
        private static final int MOST_ERRORS_KEPT = 20;

        final int thread;
        final String prefix;
        final List<Long> users = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
        final Map<Operation, Integer> done = new EnumMap<>(Operation.class);
        final User counter;
        int increments;
        private final Database database;
        private final long deadline;
        private final Random random;
        private int inserted;

        Worker(Database database, int thread, long deadline) {
            this.database = database;
            this.thread = thread;
            this.prefix = "t" + thread + "-";
            this.deadline = deadline;
            this.random = new Random(thread);
            this.counter = new User("counter " + thread, 0);
            database.use(counter::save);
        }

        void run() {
            database.use(() -> {
                while (System.nanoTime() < deadline) {
                    Operation operation = users.isEmpty() ? Operation.INSERT
                            : Operation.values()[random.nextInt(Operation.values().length)];
                    try {
                        perform(operation);
                        done.merge(operation, 1, Integer::sum);
                    } catch (RuntimeException | AssertionError e) {
                        if (errors.size() < MOST_ERRORS_KEPT) {
                            errors.add("thread " + thread + " " + operation + ": " + e);
                        }
                    }
                }
            });
        }

        private void perform(Operation operation) {
            switch (operation) {
                case INSERT -> insert();
                case FIND -> {
                    long id = anyUser();
                    assertThat(User.findOneOrThrow(id).name).startsWith(prefix);
                }
                case UPDATE -> {
                    User user = User.findOneOrThrow(anyUser());
                    user.age = random.nextInt(100);
                    user.save();
                }
                case EAGER_LOAD -> {
                    List<User> loaded = User.query().where(User.c.id.in(users)).with("posts.comments", "profile").all();
                    assertThat(loaded).hasSize(users.size()).allSatisfy(user -> {
                        assertThat(user.profile()).isNotNull();
                        assertThat(user.posts()).hasSize(POSTS_PER_USER)
                                .allSatisfy(post -> assertThat(post.comments()).hasSize(1));
                    });
                }
                case DELETE -> delete(users.remove(random.nextInt(users.size())));
                case INCREMENT -> {
                    database.transaction(() -> {
                        User mine = User.findOneOrThrow(counter.id);
                        mine.age++;
                        mine.save();
                    });
                    increments++;
                }
            }
        }

        private void insert() {
            User user = new User(prefix + inserted++, thread);
            database.transaction(() -> {
                user.save();
                Profile profile = new Profile();
                profile.userId = user.id;
                profile.bio = "bio of " + user.name;
                profile.save();
                for (int i = 0; i < POSTS_PER_USER; i++) {
                    Post post = new Post(user.name + " post " + i);
                    post.userId = user.id;
                    post.save();
                    Comment comment = new Comment("on " + post.title);
                    comment.postId = post.id;
                    comment.save();
                }
            });
            users.add(user.id);
        }

        /** Deletes a user's posts (their comments with them) and the user (its profile with it) in one transaction. */
        private void delete(long id) {
            database.transaction(() -> {
                User user = User.findOneOrThrow(id);
                user.posts().forEach(Post::delete);
                user.delete();
            });
            assertThat(Profile.query().where(Profile.c.userId.eq(id)).count()).isZero();
        }

        private long anyUser() {
            return users.get(random.nextInt(users.size()));
        }
    }
}

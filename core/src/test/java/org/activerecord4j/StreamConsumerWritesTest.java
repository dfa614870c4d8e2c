package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.activerecord4j.models.Post;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestPools;
import org.activerecord4j.testing.TestSchema;

/**
 * A save in a sync stream's consumer, outside any transaction, behaves as every save outside a transaction does:
 * it is committed when it returns, and a later one that fails fails alone, on every database. Regression tests for
 * PostgreSQL, whose driver streams only with auto-commit off: such writes ran in the stream's hidden transaction,
 * unseen by other connections until the stream ended, and one failed write aborted it, so that the stream's end
 * rolled back the writes that had returned, while their records kept their new keys. Each test runs on a pool of
 * its own.
 */
class StreamConsumerWritesTest {

    @DatabaseTest
    void failedSaveInAStreamsConsumer_failsAlone_andTheSavesBeforeAndAfterItStay(Database shared) {
        try (Database database = TestPools.builderLike(shared).maximumPoolSize(2).build()) {
            TestSchema.recreate(database, User.class, Post.class);
            database.use(() -> ActiveRecord.saveAll(List.of(new User("Ann", 1), new User("Bob", 2), new User("Cid", 3))));
            List<Post> saved = new ArrayList<>();
            List<Throwable> failures = new ArrayList<>();

            Throwable streamFailure = catchThrowable(() -> database.use(() -> User.query().orderBy("id").stream().forEach(user -> {
                Post post = new Post("post of " + user.name);
                post.userId = user.name.equals("Bob") ? -1L : user.id;   // no such user: the foreign key refuses it
                try {
                    post.save();
                    saved.add(post);
                } catch (StatementFailedException e) {
                    failures.add(e);
                }
            })));

            assertThat(database.use(() -> Post.query().orderBy("id").all())).extracting(post -> post.title)
                    .containsExactly("post of Ann", "post of Cid");
            assertThat(saved).extracting(post -> post.title).containsExactly("post of Ann", "post of Cid");
            assertThat(streamFailure).isNull();
            assertThat(failures).singleElement().extracting(Throwable::getMessage).asString()
                    .doesNotContain("current transaction is aborted");
            assertThat(TestPools.activeConnections(database)).isZero();
        }
    }

    @DatabaseTest
    void saveInAStreamsConsumer_isCommittedWhenItReturns_asAnySaveOutsideATransaction(Database shared) throws Exception {
        try (Database database = TestPools.builderLike(shared).maximumPoolSize(2).build()) {
            TestSchema.recreate(database, User.class, Post.class);
            database.use(() -> ActiveRecord.saveAll(List.of(new User("Ann", 1), new User("Bob", 2))));
            List<Long> seenByAnotherThread = new ArrayList<>();

            database.use(() -> User.query().orderBy("id").stream().forEach(user -> {
                Post post = new Post("post of " + user.name);
                post.userId = user.id;
                post.save();
                seenByAnotherThread.add(CompletableFuture.supplyAsync(() -> database.use(() -> Post.query().count()))
                        .orTimeout(30, TimeUnit.SECONDS).join());
            }));

            assertThat(seenByAnotherThread).containsExactly(1L, 2L);
            assertThat(TestPools.activeConnections(database)).isZero();
        }
    }

    /**
     * On a pool of one connection, which the stream holds, a save in its consumer runs on the stream's connection
     * (on PostgreSQL in the stream's transaction, committed at its end): a failed one still fails alone there.
     */
    @DatabaseTest
    void failedSaveInAStreamsConsumer_onAPoolOfOne_failsAlone_andTheSavesBeforeAndAfterItStay(Database shared) {
        try (Database database = TestPools.builderLike(shared).maximumPoolSize(1).build()) {
            TestSchema.recreate(database, User.class, Post.class);
            database.use(() -> ActiveRecord.saveAll(List.of(new User("Ann", 1), new User("Bob", 2), new User("Cid", 3))));
            List<Throwable> failures = new ArrayList<>();
            long started = System.nanoTime();

            Throwable streamFailure = catchThrowable(() -> database.use(() -> User.query().orderBy("id").stream().forEach(user -> {
                Post post = new Post("post of " + user.name);
                post.userId = user.name.equals("Bob") ? -1L : user.id;
                try {
                    post.save();
                } catch (StatementFailedException e) {
                    failures.add(e);
                }
            })));

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            assertThat(database.use(() -> Post.query().orderBy("id").all())).extracting(post -> post.title)
                    .containsExactly("post of Ann", "post of Cid");
            assertThat(streamFailure).isNull();
            assertThat(failures).singleElement().extracting(Throwable::getMessage).asString()
                    .doesNotContain("current transaction is aborted");
            assertThat(TestPools.activeConnections(database)).isZero();
        }
    }

    /**
     * Regression (SQLite): a save in a stream's consumer ran on the stream's own connection, whose open read holds a
     * snapshot of the database from the stream's start; once another connection had committed a write since, SQLite
     * refused to write from that snapshot at once (SQLITE_BUSY, without waiting), though a save outside a stream waits
     * for the lock and succeeds. Such a save takes a free pooled connection, as on PostgreSQL.
     */
    @DatabaseTest
    void saveInAStreamsConsumer_afterAnotherConnectionWrote_isCommitted(Database shared) {
        try (Database database = TestPools.builderLike(shared).maximumPoolSize(3).build()) {
            TestSchema.recreate(database, User.class, Post.class);
            database.use(() -> ActiveRecord.saveAll(List.of(new User("Ann", 1), new User("Bob", 2))));

            database.use(() -> User.query().orderBy("id").stream().forEach(user -> {
                CompletableFuture.runAsync(() -> database.use(() -> new User("elsewhere " + user.name, 9).save()))
                        .orTimeout(30, TimeUnit.SECONDS).join();   // committed on another connection meanwhile
                Post post = new Post("post of " + user.name);
                post.userId = user.id;
                post.save();
            }));

            assertThat(database.use(() -> Post.query().orderBy("id").all())).extracting(post -> post.title)
                    .containsExactly("post of Ann", "post of Bob");
            assertThat(database.use(() -> User.query().count())).isEqualTo(4);
            assertThat(TestPools.activeConnections(database)).isZero();
        }
    }
}

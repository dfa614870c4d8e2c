package org.activerecord4j.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.Database;
import org.activerecord4j.StatementCounter;
import org.activerecord4j.models.async.Course;
import org.activerecord4j.models.async.Enrollment;
import org.activerecord4j.models.async.Order;
import org.activerecord4j.models.async.Post;
import org.activerecord4j.models.async.Profile;
import org.activerecord4j.models.async.Student;
import org.activerecord4j.models.async.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/**
 * The relation cache follows an async transaction as it follows a sync one ({@code RollbackTest}): when the
 * transaction rolls back, the cached relations its chain changed go back to how they were, with the records.
 */
class AsyncRelationCacheTest {

    private static final IllegalStateException FAILURE = new IllegalStateException("rolled back on purpose");

    private Database database;

    @BeforeEach
    void schema(Database database) {
        this.database = database;
        TestSchema.recreate(database, User.class, Post.class, Profile.class, Order.class, Student.class, Course.class, Enrollment.class);
    }

    private static <T extends AsyncActiveRecord<T>> T saved(T record) {
        return record.save().join();
    }

    private static void assertRolledBackOnPurpose(CompletableFuture<?> transaction) {
        assertThatThrownBy(transaction::join).isInstanceOf(CompletionException.class).cause().isSameAs(FAILURE);
    }

    /** Returns the value of a read that must be answered from the cache, with no statement. */
    private static <R> R cached(CompletableFuture<R> read) {
        assertThat(read).as("a cached read completes at once").isDone();
        return read.join();
    }

    @DatabaseTest
    void rolledBackHasManyAdd_ownerCacheAndChildKeyAreRestored() {
        User ann = saved(new User("Ann", 31));
        assertThat(ann.posts().join()).isEmpty();
        Post kept = new Post("kept");
        User.posts.add(ann, kept).join();
        assertThat(cached(ann.posts())).containsExactly(kept);
        Post rolledBack = new Post("rolled back");

        assertRolledBackOnPurpose(AsyncActiveRecord.transaction(() -> User.posts.add(ann, rolledBack)
                .thenCompose(added -> ann.posts())
                .thenApply(posts -> {
                    assertThat(posts).containsExactly(kept, rolledBack);
                    throw FAILURE;
                })));

        assertThat(ann.hasCachedRelation("posts")).isTrue();
        assertThat(StatementCounter.count(database, () -> assertThat(cached(ann.posts())).containsExactly(kept))).isZero();
        assertThat(rolledBack.isNewRecord()).isTrue();
        assertThat(rolledBack.id).isNull();
        assertThat(rolledBack.userId).isNull();
        assertThat(Post.query().count().join()).isEqualTo(1L);
    }

    @DatabaseTest
    void rolledBackDependentDestroy_childrenAreSavedAgainInMemory() {
        User ann = saved(new User("Ann", 31));
        Profile profile = new Profile();
        profile.userId = ann.id;
        saved(profile);
        assertThat(ann.profile().join()).isNotNull();

        assertRolledBackOnPurpose(AsyncActiveRecord.transaction(() -> ann.delete()   // destroys the profile: dependent(DESTROY)
                .thenApply(deleted -> {
                    throw FAILURE;
                })));

        assertThat(ann.isNewRecord()).isFalse();
        assertThat(ann.hasCachedRelation("profile")).isTrue();
        assertThat(Profile.query().count().join()).isEqualTo(1L);
        ann.delete().join();
        assertThat(Profile.query().count().join()).isZero();
    }

    @DatabaseTest
    void rolledBackThroughAddAndHasManyRemove_bothCachedListsAreRestored() {
        User ann = saved(new User("Ann", 31));
        assertThat(ann.posts().join()).isEmpty();
        Post first = new Post("first");
        User.posts.add(ann, first).join();
        Student sam = saved(new Student());
        assertThat(sam.courses().join()).isEmpty();
        assertThat(cached(ann.posts())).containsExactly(first);
        Course math = new Course();
        math.title = "Math";

        assertRolledBackOnPurpose(AsyncActiveRecord.transaction(() -> Student.courses.add(sam, math)
                .thenCompose(added -> User.posts.remove(ann, first))
                .thenApply(removed -> {
                    assertThat(cached(sam.courses())).containsExactly(math);
                    assertThat(cached(ann.posts())).isEmpty();
                    throw FAILURE;
                })));

        assertThat(cached(sam.courses())).isEmpty();
        assertThat(cached(ann.posts())).containsExactly(first);
        assertThat(first.userId).isEqualTo(ann.id);
        assertThat(math.isNewRecord()).isTrue();
        assertThat(Enrollment.query().count().join()).isZero();
        assertThat(Post.findOneOrThrow(first.id).join().userId).isEqualTo(ann.id);
    }

    @DatabaseTest
    void committedHasManyAdd_keepsTheUpdatedCache() {
        User ann = saved(new User("Ann", 31));
        assertThat(ann.posts().join()).isEmpty();
        Post post = new Post("kept");

        AsyncActiveRecord.transaction(() -> User.posts.add(ann, post)).join();

        assertThat(StatementCounter.count(database, () -> assertThat(cached(ann.posts())).containsExactly(post))).isZero();
        assertThat(Post.findOneOrThrow(post.id).join().userId).isEqualTo(ann.id);
    }
}

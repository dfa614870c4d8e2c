package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.activerecord4j.models.Order;
import org.activerecord4j.models.Post;
import org.activerecord4j.models.Profile;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/**
 * Records follow their transaction: when it rolls back, what it inserted, updated or deleted in memory goes
 * back to how it was before (key, new/saved, dirty columns, cached relations), so saving again does the
 * right thing. Regression tests for issue 12 ("rolled-back records lie").
 */
class RollbackTest {

    private static final IllegalStateException FAILURE = new IllegalStateException("rolled back on purpose");

    @BeforeEach
    void schema(Database database) {
        TestSchema.recreate(database, User.class, Post.class, Profile.class, Order.class);
    }

    @DatabaseTest
    void rolledBackInsert_recordIsNewAgain_withoutTheKeyItWasGiven() {
        User ann = new User("Ann", 31);

        assertThatThrownBy(() -> ActiveRecord.transaction(() -> {
            ann.save();
            assertThat(ann.id).isNotNull();
            throw FAILURE;
        })).isSameAs(FAILURE);

        assertThat(ann.id).isNull();
        assertThat(ann.isNewRecord()).isTrue();
        assertThat(ann.isDirty()).isTrue();
        assertThat(User.query().count()).isZero();
    }

    @DatabaseTest
    void rolledBackInsert_savedAgain_getsANewRow_andNoOtherRowChanges() {
        User ann = new User("Ann", 31);
        assertThatThrownBy(() -> ActiveRecord.transaction(() -> {
            ann.save();
            throw FAILURE;
        })).isSameAs(FAILURE);
        User bob = new User("Bob", 40);
        bob.save();                      // on SQLite this takes the key Ann had inside the rolled-back transaction

        ann.save();

        assertThat(ann.id).isNotNull().isNotEqualTo(bob.id);
        assertThat(User.findOneOrThrow(bob.id).name).isEqualTo("Bob");
        assertThat(User.findOneOrThrow(ann.id).name).isEqualTo("Ann");
        assertThat(User.query().count()).isEqualTo(2);
    }

    @DatabaseTest
    void rolledBackUpdate_changeStaysDirty_andIsWrittenByTheNextSave() {
        User ann = new User("Ann", 31);
        ann.save();
        ann.age = 32;

        assertThatThrownBy(() -> ActiveRecord.transaction(() -> {
            ann.save();
            throw FAILURE;
        })).isSameAs(FAILURE);

        assertThat(ann.isDirty()).isTrue();
        assertThat(ann.changedColumns()).containsExactly("age");
        assertThat(User.findOneOrThrow(ann.id).age).isEqualTo(31);
        ann.save();
        assertThat(User.findOneOrThrow(ann.id).age).isEqualTo(32);
    }

    @DatabaseTest
    void rolledBackDelete_recordIsSavedAgain_andCanBeUpdatedOrDeleted() {
        User ann = new User("Ann", 31);
        ann.save();

        assertThatThrownBy(() -> ActiveRecord.transaction(() -> {
            ann.delete();
            throw FAILURE;
        })).isSameAs(FAILURE);

        assertThat(ann.isNewRecord()).isFalse();
        ann.name = "Ann B.";
        ann.save();
        assertThat(User.findOneOrThrow(ann.id).name).isEqualTo("Ann B.");
        ann.delete();
        assertThat(User.query().count()).isZero();
    }

    @DatabaseTest
    void rolledBackHasManyAdd_ownerCacheAndChildKeyAreRestored() {
        User ann = new User("Ann", 31);
        ann.save();
        assertThat(ann.posts()).isEmpty();
        Post kept = new Post("kept");
        User.posts.add(ann, kept);
        assertThat(ann.posts()).containsExactly(kept);
        Post rolledBack = new Post("rolled back");

        assertThatThrownBy(() -> ActiveRecord.transaction(() -> {
            User.posts.add(ann, rolledBack);
            assertThat(ann.posts()).containsExactly(kept, rolledBack);
            throw FAILURE;
        })).isSameAs(FAILURE);

        assertThat(ann.hasCachedRelation("posts")).isTrue();
        assertThat(ann.posts()).containsExactly(kept);
        assertThat(rolledBack.isNewRecord()).isTrue();
        assertThat(rolledBack.id).isNull();
        assertThat(rolledBack.userId).isNull();
        assertThat(Post.query().count()).isEqualTo(1);
    }

    @DatabaseTest
    void rolledBackSaveOfANewAssignedParent_bothRecordsAreNewAgain() {
        User ann = new User("Ann", 31);
        Post post = new Post("hello");
        post.author(ann);

        assertThatThrownBy(() -> ActiveRecord.transaction(() -> {
            post.save();                 // saves Ann first and copies her key into post.userId
            assertThat(post.userId).isEqualTo(ann.id).isNotNull();
            throw FAILURE;
        })).isSameAs(FAILURE);

        assertThat(ann.isNewRecord()).isTrue();
        assertThat(post.isNewRecord()).isTrue();
        assertThat(post.userId).isNull();
        post.save();
        assertThat(Post.findOneOrThrow(post.id).author().name).isEqualTo("Ann");
    }

    @DatabaseTest
    void failedSaveAll_leavesEveryRecordAsItWas_andCanBeRetried(Database database) {
        User ann = new User("Ann", 31);
        User bob = new User("Bob", 40);
        Post orphan = new Post("points at no user");
        orphan.userId = 9_999_999L;      // the foreign key makes the batch fail after the users were inserted

        assertThatThrownBy(() -> ActiveRecord.saveAll(List.of(ann, bob, orphan))).isInstanceOf(StatementFailedException.class);

        assertThat(List.of(ann, bob, orphan)).allSatisfy(record -> assertThat(record.isNewRecord()).isTrue());
        assertThat(ann.id).isNull();
        assertThat(bob.id).isNull();
        orphan.userId = null;
        ActiveRecord.saveAll(List.of(ann, bob, orphan));
        assertThat(User.query().count()).isEqualTo(2);
        assertThat(Post.query().count()).isEqualTo(1);
        assertThat(User.findOneOrThrow(bob.id).name).isEqualTo("Bob");
    }

    @DatabaseTest
    void rolledBackLargeSaveAll_putsBackEveryRecord_andTheStateEachHadBeforeTheTransaction() {
        User saved = new User("Saved", 1);
        saved.save();
        User earlier = new User("Earlier", 2);
        List<User> batch = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            batch.add(new User("User " + i, i));
        }

        assertThatThrownBy(() -> ActiveRecord.transaction(() -> {
            earlier.save();              // remembered before the batch: it must go back to new, not to "inserted"
            saved.name = "Renamed";
            saved.save();
            batch.add(earlier);
            batch.add(saved);
            ActiveRecord.saveAll(batch);
            assertThat(batch).allSatisfy(user -> assertThat(user.id).isNotNull());
            throw FAILURE;
        })).isSameAs(FAILURE);

        assertThat(batch.subList(0, 300)).allSatisfy(user -> {
            assertThat(user.id).isNull();
            assertThat(user.isNewRecord()).isTrue();
        });
        assertThat(earlier.id).isNull();
        assertThat(earlier.isNewRecord()).isTrue();
        assertThat(saved.isNewRecord()).isFalse();
        assertThat(saved.isDirty()).isTrue();   // the rename was not committed, so it is still to be written
        assertThat(User.query().count()).isEqualTo(1);
        ActiveRecord.saveAll(batch);
        assertThat(User.query().count()).isEqualTo(302);
        assertThat(User.findOneOrThrow(saved.id).name).isEqualTo("Renamed");
    }

    @DatabaseTest
    void rolledBackSaveAll_aBatchInsertedRecordWrittenAgainInTheTransaction_isNewAgain_withItsCachedRelation() {
        User ann = new User("Ann", 31);
        ann.save();
        Post post = new Post("Draft");
        post.userId = ann.id;
        assertThat(post.author()).isNotNull();   // cached on the new post; saving it clears the cache
        Post other = new Post("Other");

        assertThatThrownBy(() -> ActiveRecord.transaction(() -> {
            ActiveRecord.saveAll(List.of(post, other));
            assertThat(post.hasCachedRelation("author")).isFalse();
            post.title = "Published";
            post.save();                 // a second write, remembered after the batch: rollback must not stop there
            throw FAILURE;
        })).isSameAs(FAILURE);

        assertThat(List.of(post, other)).allSatisfy(record -> {
            assertThat(record.id).isNull();
            assertThat(record.isNewRecord()).isTrue();
        });
        assertThat(post.hasCachedRelation("author")).isTrue();
        assertThat(post.title).isEqualTo("Published");   // the application's change stays, still to be written
        assertThat(Post.query().count()).isZero();
        ActiveRecord.saveAll(List.of(post, other));
        assertThat(Post.findOneOrThrow(post.id).title).isEqualTo("Published");
        assertThat(Post.query().count()).isEqualTo(2);
    }

    @DatabaseTest
    void rolledBackDependentDestroy_childrenAreSavedAgainInMemory() {
        User ann = new User("Ann", 31);
        ann.save();
        Profile profile = new Profile();
        profile.userId = ann.id;
        profile.save();
        assertThat(ann.profile()).isNotNull();

        assertThatThrownBy(() -> ActiveRecord.transaction(() -> {
            ann.delete();                // destroys the profile through dependent(DESTROY)
            throw FAILURE;
        })).isSameAs(FAILURE);

        assertThat(ann.isNewRecord()).isFalse();
        assertThat(ann.hasCachedRelation("profile")).isTrue();
        assertThat(Profile.query().count()).isEqualTo(1);
        ann.delete();
        assertThat(Profile.query().count()).isZero();
    }

    @DatabaseTest
    void committedTransaction_keepsWhatItDid() {
        User ann = new User("Ann", 31);

        ActiveRecord.transaction(() -> ann.save());

        assertThat(ann.isNewRecord()).isFalse();
        assertThat(User.findOneOrThrow(ann.id).name).isEqualTo("Ann");
    }

    @DatabaseTest
    void nestedBlockFailure_restoresRecordsOfTheWholeTransaction() {
        User outer = new User("Outer", 1);
        User inner = new User("Inner", 2);

        assertThatThrownBy(() -> ActiveRecord.transaction(() -> {
            outer.save();
            try {
                ActiveRecord.transaction(() -> {
                    inner.save();
                    throw FAILURE;
                });
            } catch (IllegalStateException swallowed) {
                // the outer block carries on, but the transaction is doomed
            }
        })).isInstanceOf(ActiveRecordException.class);

        assertThat(outer.isNewRecord()).isTrue();
        assertThat(inner.isNewRecord()).isTrue();
    }
}

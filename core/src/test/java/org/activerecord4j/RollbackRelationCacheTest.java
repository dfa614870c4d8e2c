package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.activerecord4j.models.Order;
import org.activerecord4j.models.Post;
import org.activerecord4j.models.Profile;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/**
 * A rollback puts back a record's cached relations as they were before the transaction's first write, but keeps
 * the foreign keys the application changed afterwards: the parent it then reads must be the one its foreign key
 * names. Before the fix, a BelongsTo assigned (or a foreign key set) after a write in the transaction came back
 * with the old parent cached: {@code post.author()} said Ann while {@code post.userId} (and the next save) said Bob.
 */
class RollbackRelationCacheTest {

    private static final IllegalStateException FAILURE = new IllegalStateException("rolled back on purpose");

    private User ann;
    private User bob;
    private Post post;

    @BeforeEach
    void schema(Database database) {
        TestSchema.recreate(database, User.class, Post.class, Profile.class, Order.class);
        ann = new User("Ann", 31);
        ann.save();
        bob = new User("Bob", 40);
        bob.save();
        post = new Post("hello");
        post.userId = ann.id;
        post.save();
        assertThat(post.author()).isNotNull();   // cached: Ann
    }

    @DatabaseTest
    void parentAssignedAfterAWrite_rolledBack_cachedParentIsTheOneTheForeignKeyNames() {
        assertThatThrownBy(() -> ActiveRecord.transaction(() -> {
            post.title = "edited";
            post.save();                 // the first write: remembers the post, Ann cached
            assertThat(post.author().name).isEqualTo("Ann");
            post.author(bob);
            throw FAILURE;
        })).isSameAs(FAILURE);

        assertThat(post.author()).isNotNull();
        assertThat(post.author().id).isEqualTo(post.userId);
    }

    @DatabaseTest
    void foreignKeySetAfterAWrite_rolledBack_cachedParentIsTheOneTheForeignKeyNames() {
        assertThatThrownBy(() -> ActiveRecord.transaction(() -> {
            post.title = "edited";
            post.save();
            assertThat(post.author().name).isEqualTo("Ann");
            post.userId = bob.id;
            post.clearRelationCache("author");
            throw FAILURE;
        })).isSameAs(FAILURE);

        assertThat(post.userId).isEqualTo(bob.id);      // the application's change stays, still to be written
        assertThat(post.author().name).isEqualTo("Bob");
        post.save();
        assertThat(Post.findOneOrThrow(post.id).author().name).isEqualTo("Bob");
    }

    @DatabaseTest
    void parentAssignedAfterASaveAll_rolledBack_cachedParentIsTheOneTheForeignKeyNames() {
        Post draft = new Post("draft");
        draft.userId = ann.id;
        assertThat(draft.author().name).isEqualTo("Ann");   // cached on the new post

        assertThatThrownBy(() -> ActiveRecord.transaction(() -> {
            ActiveRecord.saveAll(List.of(draft));           // remembered as a batch: new, Ann cached
            draft.author(bob);
            throw FAILURE;
        })).isSameAs(FAILURE);

        assertThat(draft.isNewRecord()).isTrue();
        assertThat(draft.userId).isEqualTo(bob.id);
        assertThat(draft.author().name).isEqualTo("Bob");
    }
}

package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.activerecord4j.models.Comment;
import org.activerecord4j.models.Post;
import org.activerecord4j.models.Profile;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/**
 * Moving a child away from its parent through a BelongsTo whose inverse is a HasOne ({@code profile.owner(null)}, or
 * another owner) takes it out of the old parent's cached HasOne, as Rails' belongs_to writer removes the inverse
 * instance. Before the fix the old parent kept answering with the child from its cache, with no query, after the save
 * that moved it, while a fresh read found no profile.
 */
class HasOneInverseReassignTest {

    private User ann;
    private User bob;
    private Profile profile;

    @BeforeEach
    void data(Database database) {
        TestSchema.recreate(database, User.class, Post.class, Comment.class, Profile.class);
        ann = new User("Ann", 31);
        ann.save();
        bob = new User("Bob", 40);
        bob.save();
        profile = new Profile();
        profile.bio = "hello";
        profile.userId = ann.id;
        profile.save();
    }

    @DatabaseTest
    void belongsToSetNull_takesTheChildOutOfTheOldParentsHasOne() {
        User loaded = User.findOneOrThrow(ann.id);
        Profile held = loaded.profile();
        assertThat(held.owner()).isSameAs(loaded);

        Profile.owner.set(held, null);
        held.save();

        assertThat(User.findOneOrThrow(ann.id).profile()).isNull();
        assertThat(loaded.profile()).isNull();
    }

    @DatabaseTest
    void belongsToSetAnotherParent_takesTheChildOutOfTheOldParentsHasOne_andGivesItTheNewOne() {
        User loaded = User.findOneOrThrow(ann.id);
        Profile held = loaded.profile();
        assertThat(held.owner()).isSameAs(loaded);

        Profile.owner.set(held, bob);
        held.save();

        assertThat(User.findOneOrThrow(ann.id).profile()).isNull();
        assertThat(loaded.profile()).isNull();
        assertThat(bob.profile()).isSameAs(held);
    }

    @DatabaseTest
    void async_belongsToSetNull_takesTheChildOutOfTheOldParentsHasOne() {
        var loaded = org.activerecord4j.models.async.User.findOne(ann.id).join();
        var held = loaded.profile().join();
        assertThat(held.owner().join()).isSameAs(loaded);

        org.activerecord4j.models.async.Profile.owner.set(held, null);
        held.save().join();

        assertThat(User.findOneOrThrow(ann.id).profile()).isNull();
        assertThat(loaded.profile().join()).isNull();
    }

    @DatabaseTest
    void async_belongsToSetAnotherParent_takesTheChildOutOfTheOldParentsHasOne_andGivesItTheNewOne() {
        var loaded = org.activerecord4j.models.async.User.findOne(ann.id).join();
        var held = loaded.profile().join();
        assertThat(held.owner().join()).isSameAs(loaded);
        var other = org.activerecord4j.models.async.User.findOne(bob.id).join();

        org.activerecord4j.models.async.Profile.owner.set(held, other);
        held.save().join();

        assertThat(User.findOneOrThrow(ann.id).profile()).isNull();
        assertThat(loaded.profile().join()).isNull();
        assertThat(other.profile().join()).isSameAs(held);
    }
}

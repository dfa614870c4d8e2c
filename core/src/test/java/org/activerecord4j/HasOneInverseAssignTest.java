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
 * Assigning a parent through a BelongsTo whose inverse is a HasOne makes the child the parent's HasOne value, as
 * Rails' belongs_to writer sets a has_one inverse, rather than leaving the parent's cached "none" in place.
 */
class HasOneInverseAssignTest {

    private Database database;
    private User bob;

    @BeforeEach
    void data(Database database) {
        this.database = database;
        TestSchema.recreate(database, User.class, Post.class, Comment.class, Profile.class);
        bob = new User("Bob", 40);
        bob.save();
    }

    @DatabaseTest
    void belongsToSet_withAHasOneInverse_givesTheParentTheChild() {
        User loaded = User.findOneOrThrow(bob.id);
        assertThat(loaded.profile()).isNull();
        Profile profile = new Profile();
        profile.bio = "hello";

        Profile.owner.set(profile, loaded);
        profile.save();

        assertThat(Profile.query().where(Profile.c.userId.eq(bob.id)).count()).isEqualTo(1);
        assertThat(StatementCounter.count(database, () -> assertThat(loaded.profile()).isSameAs(profile))).isZero();
    }
}

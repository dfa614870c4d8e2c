package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.activerecord4j.models.Comment;
import org.activerecord4j.models.Post;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/**
 * A BelongsTo read after its foreign key was changed in memory (not saved yet) follows the new key, as Rails'
 * {@code belongs_to} reader does (its target is stale once the key differs from the one it was loaded for),
 * instead of answering the parent cached for the old key.
 */
class BelongsToKeyChangeTest {

    private Database database;
    private User ann;
    private User bob;
    private Post hello;

    @BeforeEach
    void data(Database database) {
        this.database = database;
        TestSchema.recreate(database, User.class, Post.class, Comment.class);
        ann = saved(new User("Ann", 31));
        bob = saved(new User("Bob", 40));
        hello = new Post("Hello");
        hello.userId = ann.id;
        hello.save();
    }

    private static <T extends ActiveRecord<T>> T saved(T record) {
        record.save();
        return record;
    }

    private int statements(Runnable block) {
        return StatementCounter.count(database, block);
    }

    @DatabaseTest
    void belongsTo_keyChangedToAnotherParent_readsThatParent() {
        Post post = Post.findOneOrThrow(hello.id);
        assertThat(post.author().name).isEqualTo("Ann");

        post.userId = bob.id;

        assertThat(post.hasCachedRelation("author")).isFalse(); // a read would query
        assertThat(statements(() -> assertThat(post.author().name).isEqualTo("Bob"))).isEqualTo(1);
        assertThat(post.hasCachedRelation("author")).isTrue();
        assertThat(statements(() -> assertThat(post.author().name).isEqualTo("Bob"))).isZero();
    }

    @DatabaseTest
    void belongsTo_keyChangedToNull_readsNull() {
        Post post = Post.findOneOrThrow(hello.id);
        assertThat(post.author().name).isEqualTo("Ann");

        post.userId = null;

        assertThat(statements(() -> assertThat(post.author()).isNull())).isZero();
    }

    @DatabaseTest
    void belongsTo_eagerLoadedParent_thenKeyChanged_readsTheNewParent() {
        Post post = Post.query().with("author").all().get(0);
        assertThat(post.author().name).isEqualTo("Ann");

        post.userId = bob.id;

        assertThat(post.author().id).isEqualTo(bob.id);
    }

    @DatabaseTest
    void belongsTo_nullKeyReadThenKeySet_readsTheParent() {
        Comment comment = new Comment("anonymous");
        comment.postId = hello.id;
        comment.save();
        Comment loaded = Comment.findOneOrThrow(comment.id);
        assertThat(loaded.author()).isNull();

        loaded.userId = bob.id;

        assertThat(loaded.author()).isNotNull();
    }
}

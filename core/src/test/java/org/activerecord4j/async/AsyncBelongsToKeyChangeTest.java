package org.activerecord4j.async;

import static org.assertj.core.api.Assertions.assertThat;

import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.Database;
import org.activerecord4j.models.async.Comment;
import org.activerecord4j.models.async.Post;
import org.activerecord4j.models.async.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/** The async twin of {@code BelongsToKeyChangeTest}: an AsyncBelongsTo read follows a foreign key changed in memory. */
class AsyncBelongsToKeyChangeTest {

    private User ann;
    private User bob;
    private Post hello;

    @BeforeEach
    void data(Database database) {
        TestSchema.recreate(database, User.class, Post.class, Comment.class);
        ann = saved(new User("Ann", 31));
        bob = saved(new User("Bob", 40));
        hello = new Post("Hello");
        hello.userId = ann.id;
        saved(hello);
    }

    private static <T extends AsyncActiveRecord<T>> T saved(T record) {
        assertThat(record.save().join()).isSameAs(record);
        return record;
    }

    @DatabaseTest
    void belongsTo_keyChangedToAnotherParent_readsThatParent() {
        Post post = Post.findOneOrThrow(hello.id).join();
        assertThat(post.author().join().name).isEqualTo("Ann");

        post.userId = bob.id;

        assertThat(post.author().join().name).isEqualTo("Bob");
    }
}

package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.activerecord4j.models.Comment;
import org.activerecord4j.models.Order;
import org.activerecord4j.models.Post;
import org.activerecord4j.models.Profile;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestDatabases;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/**
 * {@code posts.remove(owner, child)} writes the child's foreign key, set to null. When the database refuses that UPDATE
 * for another reason than the null key, the failure must say so: before the fix every {@link StatementFailedException}
 * was replaced by "the database refused to set comments.user_id to null (is it NOT NULL?)", naming a nullable column
 * that had nothing to do with it and dropping the statement and the database's own message. The child keeps its key
 * after any failure.
 */
class HasManyRemoveFailureTest {

    @BeforeEach
    void schema(Database database) {
        TestSchema.recreate(database, User.class, Post.class, Comment.class, Profile.class, Order.class);
    }

    @DatabaseTest
    void remove_childsRowDeletedMeanwhile_reportsThatFailure_andTheChildKeepsItsKey(Database database) {
        User ann = new User("Ann", 31);
        ann.save();
        Post post = new Post("hello");
        post.userId = ann.id;
        post.save();
        Comment comment = new Comment("nice");
        comment.userId = ann.id;
        comment.postId = post.id;
        comment.save();
        database.execute("DELETE FROM comments WHERE id = ?", comment.id);   // another process's delete

        assertThatThrownBy(() -> User.comments.remove(ann, comment))
                .isInstanceOf(RecordNotFoundException.class)
                .hasMessage("Cannot update Comment id=" + comment.id + ": its row no longer exists");

        assertThat(comment.userId).isEqualTo(ann.id);
        assertThat(comment.isDirty()).isFalse();
    }

    @DatabaseTest
    void remove_databaseRefusesTheNullForeignKey_saysSo(Database database, TestDatabases.Kind kind) {
        switch (kind) {   // a NOT NULL the model does not declare, as an older schema may have
            case SQLITE -> {
                database.execute("DROP TABLE comments");
                database.execute("CREATE TABLE comments (id INTEGER PRIMARY KEY AUTOINCREMENT, content TEXT, "
                        + "user_id BIGINT NOT NULL, post_id BIGINT)");
            }
            case POSTGRESQL -> database.execute("ALTER TABLE comments ALTER COLUMN user_id SET NOT NULL");
            default -> database.execute("ALTER TABLE comments MODIFY user_id BIGINT NOT NULL");
        }
        User ann = new User("Ann", 31);
        ann.save();
        Comment comment = new Comment("nice");
        comment.userId = ann.id;
        comment.save();

        assertThatThrownBy(() -> User.comments.remove(ann, comment))
                .isInstanceOf(ActiveRecordException.class)
                .hasMessage("Cannot remove Comment id=" + comment.id + " from User.comments: the database refused to set "
                        + "comments.user_id to null (is it NOT NULL?); delete the Comment instead");

        assertThat(comment.userId).isEqualTo(ann.id);
        assertThat(comment.isDirty()).isFalse();
    }
}

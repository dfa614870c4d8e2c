package org.activerecord4j.models.async;

import java.util.concurrent.CompletableFuture;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.AsyncQuery;
import org.activerecord4j.relation.AsyncBelongsTo;

/** A comment on a post, by a user. */
public class Comment extends AsyncActiveRecord<Comment> {
    public Long id;
    public String content;
    public Long userId;
    public Long postId;

    public static final AsyncBelongsTo<User> author = belongsTo(foreignKey("user_id"), inverseOf("comments"));
    public static final AsyncBelongsTo<Post> post = belongsTo(foreignKey("post_id"), inverseOf("comments"));

    /** For loading. */
    public Comment() {
    }

    /** @param content the text */
    public Comment(String content) {
        this.content = content;
    }

    /** @return the author, or null */
    public CompletableFuture<User> author() {
        return author.of(this);
    }

    /** @param user the author */
    public void author(User user) {
        author.set(this, user);
    }

    /** @return the post, or null */
    public CompletableFuture<Post> post() {
        return post.of(this);
    }

    /** @return a query over every row */
    public static AsyncQuery<Comment> query() {
        return query(Comment.class);
    }

    /**
     * @param id the key
     * @return completes with the record or null
     */
    public static CompletableFuture<Comment> findOne(Object id) {
        return findOne(Comment.class, id);
    }

    /**
     * @param id the key
     * @return completes with the record; fails when there is none
     */
    public static CompletableFuture<Comment> findOneOrThrow(Object id) {
        return findOneOrThrow(Comment.class, id);
    }
}

package org.activerecord4j.models.async;

import org.activerecord4j.relation.AsyncBelongsTo;

/** A comment on a post, by a user. */
public class Comment extends CommentAsyncRecord {
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
}

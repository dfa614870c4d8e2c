package org.activerecord4j.models;

import org.activerecord4j.relation.BelongsTo;

/** A comment on a post, by a user. */
public class Comment extends CommentRecord {
    public Long id;
    public String content;
    public Long userId;
    public Long postId;

    public static final BelongsTo<User> author = belongsTo(foreignKey("user_id"), inverseOf("comments"));
    public static final BelongsTo<Post> post = belongsTo(foreignKey("post_id"), inverseOf("comments"));

    /** For loading. */
    public Comment() {
    }

    /** @param content the text */
    public Comment(String content) {
        this.content = content;
    }

    /** @return the author, or null */
    public User author() {
        return author.of(this);
    }

    /** @param user the author */
    public void author(User user) {
        author.set(this, user);
    }

    /** @return the post, or null */
    public Post post() {
        return post.of(this);
    }
}

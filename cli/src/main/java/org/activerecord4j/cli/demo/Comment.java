package org.activerecord4j.cli.demo;

import org.activerecord4j.relation.BelongsTo;

/** A reader's comment on a post; the commenter is a name, not an author. */
public class Comment extends CommentRecord {
    public Long id;
    public Long postId;
    public String commenter;
    public String body;

    public static final BelongsTo<Post> post = belongsTo(inverseOf("comments"));

    /** For loading. */
    public Comment() {
    }

    /**
     * Creates an unsaved comment.
     *
     * @param post the post
     * @param commenter who wrote it
     * @param body the text
     */
    public Comment(Post post, String commenter, String body) {
        this.postId = post.id;
        this.commenter = commenter;
        this.body = body;
    }

    /** @return the post */
    public Post post() {
        return post.of(this);
    }
}

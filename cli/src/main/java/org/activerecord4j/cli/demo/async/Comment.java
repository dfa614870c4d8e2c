package org.activerecord4j.cli.demo.async;

import java.util.concurrent.CompletableFuture;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.Table;
import org.activerecord4j.relation.AsyncBelongsTo;

/** A reader's comment on a post: the async twin of {@link org.activerecord4j.cli.demo.Comment}. */
@Table("comments")
public class Comment extends AsyncActiveRecord<Comment> {
    public Long id;
    public Long postId;
    public String commenter;
    public String body;

    public static final AsyncBelongsTo<Post> post = belongsTo(inverseOf("comments"));

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

    /** @return completes with the post */
    public CompletableFuture<Post> post() {
        return post.of(this);
    }
}

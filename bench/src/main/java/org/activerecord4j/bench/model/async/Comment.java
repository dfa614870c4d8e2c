package org.activerecord4j.bench.model.async;

import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.Table;
import org.activerecord4j.relation.AsyncBelongsTo;

/** A comment on a post: the async twin of {@link org.activerecord4j.bench.model.Comment}. Not thread-safe, like every record. */
@Table("comments")
public class Comment extends AsyncActiveRecord<Comment> {
    public Long id;
    public Long postId;
    public String author;
    public String body;

    /** The post commented on. */
    public static final AsyncBelongsTo<Post> post = belongsTo(foreignKey("post_id"), inverseOf("comments"));

    /** For loading. */
    public Comment() {
    }

    /**
     * Creates an unsaved comment.
     *
     * @param postId the post's key
     * @param author the author's name
     * @param body the text
     */
    public Comment(Long postId, String author, String body) {
        this.postId = postId;
        this.author = author;
        this.body = body;
    }
}

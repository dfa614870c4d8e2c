package org.activerecord4j.bench.model.async;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.AsyncQuery;
import org.activerecord4j.Table;
import org.activerecord4j.relation.AsyncBelongsTo;
import org.activerecord4j.relation.AsyncHasMany;

/** A post by a user, with comments: the async twin of {@link org.activerecord4j.bench.model.Post}. Not thread-safe, like every record. */
@Table("posts")
public class Post extends AsyncActiveRecord<Post> {
    public Long id;
    public Long userId;
    public String title;
    public String body;

    /** The author. */
    public static final AsyncBelongsTo<User> author = belongsTo(foreignKey("user_id"), inverseOf("posts"));
    /** The comments, by id. */
    public static final AsyncHasMany<Comment> comments = hasMany(foreignKey("post_id"), inverseOf("post"));

    /** For loading. */
    public Post() {
    }

    /**
     * Returns the comments, querying on the first call unless they were eager-loaded.
     *
     * @return completes with the comments, by id
     */
    public CompletableFuture<List<Comment>> comments() {
        return comments.of(this);
    }

    /**
     * Starts a query over every post.
     *
     * @return the query
     */
    public static AsyncQuery<Post> query() {
        return query(Post.class);
    }
}

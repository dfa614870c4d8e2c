package org.activerecord4j.bench.model;

import java.util.List;
import org.activerecord4j.Table;
import org.activerecord4j.relation.BelongsTo;
import org.activerecord4j.relation.HasMany;

/** A post by a user, with comments. Not thread-safe, like every record. */
@Table("posts")
public class Post extends PostRecord {
    public Long id;
    public Long userId;
    public String title;
    public String body;

    /** The author. */
    public static final BelongsTo<User> author = belongsTo(foreignKey("user_id"), inverseOf("posts"));
    /** The comments, by id. */
    public static final HasMany<Comment> comments = hasMany(foreignKey("post_id"), inverseOf("post"));

    /** For loading. */
    public Post() {
    }

    /**
     * Returns the comments, querying on the first call unless they were eager-loaded.
     *
     * @return the comments, by id
     */
    public List<Comment> comments() {
        return comments.of(this);
    }
}

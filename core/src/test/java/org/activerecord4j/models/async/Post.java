package org.activerecord4j.models.async;

import org.activerecord4j.relation.AsyncBelongsTo;
import org.activerecord4j.relation.AsyncHasMany;
import org.activerecord4j.relation.Dependent;

/** A post by a user, with comments. */
public class Post extends PostAsyncRecord {
    public Long id;
    public Long userId;
    public String title;

    public static final AsyncBelongsTo<User> author = belongsTo(foreignKey("user_id"), inverseOf("posts"));
    public static final AsyncHasMany<Comment> comments = hasMany(inverseOf("post"), orderBy("id DESC"), dependent(Dependent.DELETE));

    /** For loading. */
    public Post() {
    }

    /** @param title the title */
    public Post(String title) {
        this.title = title;
    }
}

package org.activerecord4j.models;

import java.util.List;
import org.activerecord4j.relation.BelongsTo;
import org.activerecord4j.relation.Dependent;
import org.activerecord4j.relation.HasMany;

/** A post by a user, with comments. */
public class Post extends PostRecord {
    public Long id;
    public Long userId;
    public String title;

    public static final BelongsTo<User> author = belongsTo(foreignKey("user_id"), inverseOf("posts"));
    public static final HasMany<Comment> comments = hasMany(inverseOf("post"), orderBy("id DESC"), dependent(Dependent.DELETE));

    /** For loading. */
    public Post() {
    }

    /** @param title the title */
    public Post(String title) {
        this.title = title;
    }

    /** @return the author, or null */
    public User author() {
        return author.of(this);
    }

    /** @param user the new author */
    public void author(User user) {
        author.set(this, user);
    }

    /** @return the comments, newest first */
    public List<Comment> comments() {
        return comments.of(this);
    }
}

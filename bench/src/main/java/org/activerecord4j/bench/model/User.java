package org.activerecord4j.bench.model;

import java.util.List;
import org.activerecord4j.Table;
import org.activerecord4j.relation.HasMany;

/** A blog user with posts. Not thread-safe, like every record. */
@Table("users")
public class User extends UserRecord {
    public Long id;
    public String name;
    public String email;
    public int age;

    /** The user's posts, by id. */
    public static final HasMany<Post> posts = hasMany(foreignKey("user_id"), inverseOf("author"));

    /** For loading. */
    public User() {
    }

    /**
     * Returns the user's posts, querying on the first call unless they were eager-loaded.
     *
     * @return the posts, by id
     */
    public List<Post> posts() {
        return posts.of(this);
    }
}

package org.activerecord4j.bench.model.async;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.AsyncQuery;
import org.activerecord4j.Table;
import org.activerecord4j.relation.AsyncHasMany;

/** A blog user with posts: the async twin of {@link org.activerecord4j.bench.model.User}. Not thread-safe, like every record. */
@Table("users")
public class User extends AsyncActiveRecord<User> {
    public Long id;
    public String name;
    public String email;
    public int age;

    /** The user's posts, by id. */
    public static final AsyncHasMany<Post> posts = hasMany(foreignKey("user_id"), inverseOf("author"));

    /** For loading. */
    public User() {
    }

    /**
     * Returns the user's posts, querying on the first call unless they were eager-loaded.
     *
     * @return completes with the posts, by id
     */
    public CompletableFuture<List<Post>> posts() {
        return posts.of(this);
    }

    /**
     * Starts a query over every user.
     *
     * @return the query
     */
    public static AsyncQuery<User> query() {
        return query(User.class);
    }

    /**
     * Finds a user by key.
     *
     * @param id the key
     * @return completes with the user, or null when there is none
     */
    public static CompletableFuture<User> findOne(Object id) {
        return findOne(User.class, id);
    }
}

package org.activerecord4j.models.async;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.AsyncQuery;
import org.activerecord4j.relation.AsyncBelongsTo;
import org.activerecord4j.relation.AsyncHasMany;
import org.activerecord4j.relation.Dependent;

/** A post by a user, with comments. */
public class Post extends AsyncActiveRecord<Post> {
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

    /** @return the author, or null */
    public CompletableFuture<User> author() {
        return author.of(this);
    }

    /** @param user the new author */
    public void author(User user) {
        author.set(this, user);
    }

    /** @return the comments, newest first */
    public CompletableFuture<List<Comment>> comments() {
        return comments.of(this);
    }

    /** @return a query over every row */
    public static AsyncQuery<Post> query() {
        return query(Post.class);
    }

    /**
     * @param id the key
     * @return completes with the record or null
     */
    public static CompletableFuture<Post> findOne(Object id) {
        return findOne(Post.class, id);
    }

    /**
     * @param id the key
     * @return completes with the record; fails when there is none
     */
    public static CompletableFuture<Post> findOneOrThrow(Object id) {
        return findOneOrThrow(Post.class, id);
    }
}

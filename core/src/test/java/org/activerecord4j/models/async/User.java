package org.activerecord4j.models.async;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.AsyncQuery;
import org.activerecord4j.Table;
import org.activerecord4j.relation.AsyncHasMany;
import org.activerecord4j.relation.AsyncHasOne;
import org.activerecord4j.relation.Dependent;

/** A user: the model most behavioural tests use. */
@Table("users")
public class User extends AsyncActiveRecord<User> {
    public Long id;
    public String name;
    public String email;
    public Integer age;

    public static final AsyncHasMany<Post> posts = hasMany(foreignKey("user_id"), inverseOf("author"));
    public static final AsyncHasMany<Comment> comments = hasMany(inverseOf("author"));
    public static final AsyncHasOne<Profile> profile = hasOne(inverseOf("owner"), dependent(Dependent.DESTROY));
    public static final AsyncHasMany<Order> orders = hasMany(target("Order"), inverseOf("customer"), dependent(Dependent.RESTRICT));

    /** For loading. */
    public User() {
    }

    /**
     * Creates an unsaved user.
     *
     * @param name the name
     * @param age the age
     */
    public User(String name, Integer age) {
        this.name = name;
        this.age = age;
    }

    /** @return the user's posts, by id */
    public CompletableFuture<List<Post>> posts() {
        return posts.of(this);
    }

    /** @return the user's comments */
    public CompletableFuture<List<Comment>> comments() {
        return comments.of(this);
    }

    /** @return the profile, or null */
    public CompletableFuture<Profile> profile() {
        return profile.of(this);
    }

    /** @return the orders */
    public CompletableFuture<List<Order>> orders() {
        return orders.of(this);
    }

    /** @return a query over every row */
    public static AsyncQuery<User> query() {
        return query(User.class);
    }

    /**
     * @param id the key
     * @return completes with the record or null
     */
    public static CompletableFuture<User> findOne(Object id) {
        return findOne(User.class, id);
    }

    /**
     * @param id the key
     * @return completes with the record; fails when there is none
     */
    public static CompletableFuture<User> findOneOrThrow(Object id) {
        return findOneOrThrow(User.class, id);
    }
}

package org.activerecord4j.models;

import java.util.List;
import org.activerecord4j.Table;
import org.activerecord4j.relation.Dependent;
import org.activerecord4j.relation.HasMany;
import org.activerecord4j.relation.HasOne;

/** A user: the model most behavioural tests use. */
@Table("users")
public class User extends UserRecord {
    public Long id;
    public String name;
    public String email;
    public Integer age;

    public static final HasMany<Post> posts = hasMany(foreignKey("user_id"), inverseOf("author"));
    public static final HasMany<Comment> comments = hasMany(inverseOf("author"));
    public static final HasOne<Profile> profile = hasOne(inverseOf("owner"), dependent(Dependent.DESTROY));
    public static final HasMany<Order> orders = hasMany(target("Order"), inverseOf("customer"), dependent(Dependent.RESTRICT));

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
    public List<Post> posts() {
        return posts.of(this);
    }

    /** @return the user's comments */
    public List<Comment> comments() {
        return comments.of(this);
    }

    /** @return the profile, or null */
    public Profile profile() {
        return profile.of(this);
    }

    /** @return the orders */
    public List<Order> orders() {
        return orders.of(this);
    }
}

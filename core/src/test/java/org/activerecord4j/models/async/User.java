package org.activerecord4j.models.async;

import org.activerecord4j.Table;
import org.activerecord4j.relation.AsyncHasMany;
import org.activerecord4j.relation.AsyncHasOne;
import org.activerecord4j.relation.Dependent;

/** A user: the model most behavioural tests use. */
@Table("users")
public class User extends UserAsyncRecord {
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
}

package org.activerecord4j.models.async;

import org.activerecord4j.relation.AsyncBelongsTo;

/** A user's profile (has one). */
public class Profile extends ProfileAsyncRecord {
    public Long id;
    public Long userId;
    public String bio;

    public static final AsyncBelongsTo<User> owner = belongsTo(foreignKey("user_id"), inverseOf("profile"));
}

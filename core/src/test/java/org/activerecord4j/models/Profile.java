package org.activerecord4j.models;

import org.activerecord4j.relation.BelongsTo;

/** A user's profile (has one). */
public class Profile extends ProfileRecord {
    public Long id;
    public Long userId;
    public String bio;

    public static final BelongsTo<User> owner = belongsTo(foreignKey("user_id"), inverseOf("profile"));

    /** @return the owner */
    public User owner() {
        return owner.of(this);
    }
}

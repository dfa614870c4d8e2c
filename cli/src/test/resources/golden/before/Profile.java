package com.example.shop;

import org.activerecord4j.relation.BelongsTo;

public class Profile extends ProfileRecord {
    public Long id;
    public Long userId;

    public static final BelongsTo<User> user = belongsTo(foreignKey("user_id"), inverseOf("profile"));
}

package org.activerecord4j.models;

import org.activerecord4j.relation.BelongsTo;

/** The join model of {@link Person}'s followers and following: two keys to the same table. */
public class Follow extends FollowRecord {
    public Long id;
    public Long followerId;
    public Long followedId;

    public static final BelongsTo<Person> follower = belongsTo(foreignKey("follower_id"));
    public static final BelongsTo<Person> followed = belongsTo(foreignKey("followed_id"));
}

package org.activerecord4j.models.async;

import org.activerecord4j.relation.AsyncBelongsTo;

/** The async twin of the sync {@code Follow}. */
public class Follow extends FollowAsyncRecord {
    public Long id;
    public Long followerId;
    public Long followedId;

    public static final AsyncBelongsTo<Person> follower = belongsTo(foreignKey("follower_id"));
    public static final AsyncBelongsTo<Person> followed = belongsTo(foreignKey("followed_id"));
}

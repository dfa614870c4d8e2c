package org.activerecord4j.invalid;

import org.activerecord4j.models.User;
import org.activerecord4j.relation.BelongsTo;

/** Names User.posts as inverse, which points back to Post.author. */
public class InversePointsElsewhere extends InversePointsElsewhereRecord {
    public Long id;
    public Long userId;
    public static final BelongsTo<User> writer = belongsTo(foreignKey("user_id"), inverseOf("posts"));
}

package org.activerecord4j.invalid;

import org.activerecord4j.models.User;
import org.activerecord4j.relation.BelongsTo;

/** Names a target model that does not exist. */
public class UnknownTarget extends UnknownTargetRecord {
    public Long id;
    public Long userId;
    public static final BelongsTo<User> owner = belongsTo(target("Usr"), foreignKey("user_id"));
}

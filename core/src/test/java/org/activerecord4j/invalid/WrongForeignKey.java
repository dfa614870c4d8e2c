package org.activerecord4j.invalid;

import org.activerecord4j.models.User;
import org.activerecord4j.relation.BelongsTo;

/** A BelongsTo whose foreign key is not a column of this model. */
public class WrongForeignKey extends WrongForeignKeyRecord {
    public Long id;
    public Long userId;
    public static final BelongsTo<User> owner = belongsTo(foreignKey("usr_id"));
}

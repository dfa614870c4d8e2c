package org.activerecord4j.invalid;

import org.activerecord4j.models.User;
import org.activerecord4j.relation.BelongsTo;

/** An inverse that does not exist on the target. */
public class MissingInverse extends MissingInverseRecord {
    public Long id;
    public Long userId;
    public static final BelongsTo<User> owner = belongsTo(inverseOf("gadgets"));
}

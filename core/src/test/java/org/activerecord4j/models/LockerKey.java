package org.activerecord4j.models;

import org.activerecord4j.relation.BelongsTo;

/** A child of {@link Locker} whose key and foreign key are {@code Integer}s, as its parent's key. */
public class LockerKey extends LockerKeyRecord {
    public Integer id;
    public Integer lockerId;
    public String code;

    public static final BelongsTo<Locker> locker = belongsTo(inverseOf("keys"));
}

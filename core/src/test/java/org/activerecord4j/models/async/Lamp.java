package org.activerecord4j.models.async;

import org.activerecord4j.relation.AsyncBelongsTo;

/** A desk's lamp, let go (its key set to null) when the desk gets another. */
public class Lamp extends LampAsyncRecord {
    public Long id;
    public Long deskId;
    public String name;

    public static final AsyncBelongsTo<Desk> desk = belongsTo(inverseOf("lamp"));
}

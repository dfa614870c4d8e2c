package org.activerecord4j.models;

import org.activerecord4j.relation.BelongsTo;

/** A desk's lamp, let go (its key set to null) when the desk gets another. */
public class Lamp extends LampRecord {
    public Long id;
    public Long deskId;
    public String name;

    public static final BelongsTo<Desk> desk = belongsTo(inverseOf("lamp"));

    /** @return the desk, or null */
    public Desk desk() {
        return desk.of(this);
    }
}

package org.activerecord4j.models;

import org.activerecord4j.Column;
import org.activerecord4j.relation.BelongsTo;

/** A desk's mat, whose key may not be null, so that it cannot be let go. */
public class Mat extends MatRecord {
    public Long id;
    @Column(nullable = false)
    public Long deskId;
    public String name;

    public static final BelongsTo<Desk> desk = belongsTo(inverseOf("mat"));

    /** @return the desk, or null */
    public Desk desk() {
        return desk.of(this);
    }
}

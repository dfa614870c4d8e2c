package org.activerecord4j.models;

import org.activerecord4j.Column;
import org.activerecord4j.relation.BelongsTo;

/** A desk's chair, deleted when the desk gets another; its key may not be null. */
public class Chair extends ChairRecord {
    public Long id;
    @Column(nullable = false)
    public Long deskId;
    public String name;

    public static final BelongsTo<Desk> desk = belongsTo(inverseOf("chair"));

    /** @return the desk, or null */
    public Desk desk() {
        return desk.of(this);
    }
}

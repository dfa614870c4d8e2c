package org.activerecord4j.models.async;

import org.activerecord4j.Column;
import org.activerecord4j.relation.AsyncBelongsTo;

/** A desk's mat, whose key may not be null, so that it cannot be let go. */
public class Mat extends MatAsyncRecord {
    public Long id;
    @Column(nullable = false)
    public Long deskId;
    public String name;

    public static final AsyncBelongsTo<Desk> desk = belongsTo(inverseOf("mat"));
}

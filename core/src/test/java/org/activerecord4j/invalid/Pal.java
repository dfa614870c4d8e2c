package org.activerecord4j.invalid;

import org.activerecord4j.relation.HasManyThrough;

/** A HasManyThrough of a model to itself whose two keys default to one column, pal_id. */
public class Pal extends PalRecord {
    public Long id;
    public static final HasManyThrough<Pal> pals = hasManyThrough(through(PalLink.class));
}

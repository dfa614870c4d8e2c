package org.activerecord4j.models;

import org.activerecord4j.relation.BelongsTo;

/** A book on a shelf. */
public class Book extends BookRecord {
    public Long id;
    public Long shelfId;
    public String title;

    public static final BelongsTo<Shelf> shelf = belongsTo(inverseOf("books"));

    /** @return the shelf */
    public Shelf shelf() {
        return shelf.of(this);
    }
}

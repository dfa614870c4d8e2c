package org.activerecord4j.models.async;

import org.activerecord4j.relation.AsyncBelongsTo;

/** A book on a shelf. */
public class Book extends BookAsyncRecord {
    public Long id;
    public Long shelfId;
    public String title;

    public static final AsyncBelongsTo<Shelf> shelf = belongsTo(inverseOf("books"));
}

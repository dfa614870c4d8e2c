package org.activerecord4j.models.async;

import org.activerecord4j.StrictLoading;
import org.activerecord4j.relation.AsyncHasMany;

/** A shelf of books, under strict loading by model. */
@StrictLoading
public class Shelf extends ShelfAsyncRecord {
    public Long id;
    public String label;

    public static final AsyncHasMany<Book> books = hasMany(inverseOf("shelf"));
}

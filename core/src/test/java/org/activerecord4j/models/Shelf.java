package org.activerecord4j.models;

import java.util.List;
import org.activerecord4j.StrictLoading;
import org.activerecord4j.relation.HasMany;

/** A shelf of books, under strict loading by model. */
@StrictLoading
public class Shelf extends ShelfRecord {
    public Long id;
    public String label;

    public static final HasMany<Book> books = hasMany(inverseOf("shelf"));

    /** @return the books, by id */
    public List<Book> books() {
        return books.of(this);
    }
}

package org.activerecord4j.models.async;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.AsyncQuery;
import org.activerecord4j.StrictLoading;
import org.activerecord4j.relation.AsyncHasMany;

/** A shelf of books, under strict loading by model. */
@StrictLoading
public class Shelf extends AsyncActiveRecord<Shelf> {
    public Long id;
    public String label;

    public static final AsyncHasMany<Book> books = hasMany(inverseOf("shelf"));

    /** @return the books, by id */
    public CompletableFuture<List<Book>> books() {
        return books.of(this);
    }

    /** @return a query over every row */
    public static AsyncQuery<Shelf> query() {
        return query(Shelf.class);
    }

    /**
     * @param id the key
     * @return completes with the record or null
     */
    public static CompletableFuture<Shelf> findOne(Object id) {
        return findOne(Shelf.class, id);
    }

    /**
     * @param id the key
     * @return completes with the record; fails when there is none
     */
    public static CompletableFuture<Shelf> findOneOrThrow(Object id) {
        return findOneOrThrow(Shelf.class, id);
    }
}

package org.activerecord4j.models.async;

import java.util.concurrent.CompletableFuture;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.AsyncQuery;
import org.activerecord4j.relation.AsyncBelongsTo;

/** A book on a shelf. */
public class Book extends AsyncActiveRecord<Book> {
    public Long id;
    public Long shelfId;
    public String title;

    public static final AsyncBelongsTo<Shelf> shelf = belongsTo(inverseOf("books"));

    /** @return the shelf */
    public CompletableFuture<Shelf> shelf() {
        return shelf.of(this);
    }

    /** @return a query over every row */
    public static AsyncQuery<Book> query() {
        return query(Book.class);
    }

    /**
     * @param id the key
     * @return completes with the record or null
     */
    public static CompletableFuture<Book> findOne(Object id) {
        return findOne(Book.class, id);
    }

    /**
     * @param id the key
     * @return completes with the record; fails when there is none
     */
    public static CompletableFuture<Book> findOneOrThrow(Object id) {
        return findOneOrThrow(Book.class, id);
    }
}

package org.activerecord4j.models.async;

import java.util.concurrent.CompletableFuture;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.AsyncQuery;
import org.activerecord4j.Id;

/** A model whose key is an assigned string. */
public class Tag extends AsyncActiveRecord<Tag> {
    @Id
    public String code;
    public String label;

    /** @return a query over every row */
    public static AsyncQuery<Tag> query() {
        return query(Tag.class);
    }

    /**
     * @param id the key
     * @return completes with the record or null
     */
    public static CompletableFuture<Tag> findOne(Object id) {
        return findOne(Tag.class, id);
    }

    /**
     * @param id the key
     * @return completes with the record; fails when there is none
     */
    public static CompletableFuture<Tag> findOneOrThrow(Object id) {
        return findOneOrThrow(Tag.class, id);
    }
}

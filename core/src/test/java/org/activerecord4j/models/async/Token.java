package org.activerecord4j.models.async;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.AsyncQuery;

/** A model whose key is a UUID generated on insert. */
public class Token extends AsyncActiveRecord<Token> {
    public UUID id;
    public String purpose;

    /** @return a query over every row */
    public static AsyncQuery<Token> query() {
        return query(Token.class);
    }

    /**
     * @param id the key
     * @return completes with the record or null
     */
    public static CompletableFuture<Token> findOne(Object id) {
        return findOne(Token.class, id);
    }

    /**
     * @param id the key
     * @return completes with the record; fails when there is none
     */
    public static CompletableFuture<Token> findOneOrThrow(Object id) {
        return findOneOrThrow(Token.class, id);
    }
}

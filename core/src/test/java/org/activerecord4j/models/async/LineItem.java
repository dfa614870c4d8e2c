package org.activerecord4j.models.async;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.AsyncQuery;
import org.activerecord4j.relation.AsyncBelongsTo;

/** A child whose foreign key is a primitive (NOT NULL), and whose parent stays cached for one second. */
public class LineItem extends AsyncActiveRecord<LineItem> {
    public Long id;
    public long orderId;
    public String sku;

    public static final AsyncBelongsTo<Order> order = belongsTo(inverseOf("items"), cache(Duration.ofSeconds(1)));

    /** @return the order, cached for one second */
    public CompletableFuture<Order> order() {
        return order.of(this);
    }

    /** @return a query over every row */
    public static AsyncQuery<LineItem> query() {
        return query(LineItem.class);
    }

    /**
     * @param id the key
     * @return completes with the record or null
     */
    public static CompletableFuture<LineItem> findOne(Object id) {
        return findOne(LineItem.class, id);
    }

    /**
     * @param id the key
     * @return completes with the record; fails when there is none
     */
    public static CompletableFuture<LineItem> findOneOrThrow(Object id) {
        return findOneOrThrow(LineItem.class, id);
    }
}

package org.activerecord4j.models.async;

import java.time.Duration;
import org.activerecord4j.relation.AsyncBelongsTo;

/** A child whose foreign key is a primitive (NOT NULL), and whose parent stays cached for one second. */
public class LineItem extends LineItemAsyncRecord {
    public Long id;
    public long orderId;
    public String sku;

    public static final AsyncBelongsTo<Order> order = belongsTo(inverseOf("items"), cache(Duration.ofSeconds(1)));
}

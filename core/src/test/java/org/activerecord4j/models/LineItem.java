package org.activerecord4j.models;

import java.time.Duration;
import org.activerecord4j.relation.BelongsTo;

/** A child whose foreign key is a primitive (NOT NULL), and whose parent stays cached for one second. */
public class LineItem extends LineItemRecord {
    public Long id;
    public long orderId;
    public String sku;

    public static final BelongsTo<Order> order = belongsTo(inverseOf("items"), cache(Duration.ofSeconds(1)));

    /** @return the order, cached for one second */
    public Order order() {
        return order.of(this);
    }
}

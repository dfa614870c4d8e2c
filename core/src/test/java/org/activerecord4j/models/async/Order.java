package org.activerecord4j.models.async;

import java.math.BigDecimal;
import java.util.concurrent.CompletableFuture;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.AsyncQuery;
import org.activerecord4j.Column;
import org.activerecord4j.relation.AsyncBelongsTo;
import org.activerecord4j.relation.AsyncHasMany;
import org.activerecord4j.relation.Dependent;

/** An order: its table name is an SQL keyword, its parent is named by string. */
public class Order extends AsyncActiveRecord<Order> {
    public Long id;
    public Long userId;
    @Column(scale = 2)
    public BigDecimal total;
    public String status;

    public static final AsyncHasMany<LineItem> items = hasMany(inverseOf("order"), dependent(Dependent.DELETE));
    public static final AsyncBelongsTo<User> customer = belongsTo(target("User"), foreignKey("user_id"), inverseOf("orders"));

    /** @return the customer */
    public CompletableFuture<User> customer() {
        return customer.of(this);
    }

    /** @return a query over every row */
    public static AsyncQuery<Order> query() {
        return query(Order.class);
    }

    /**
     * @param id the key
     * @return completes with the record or null
     */
    public static CompletableFuture<Order> findOne(Object id) {
        return findOne(Order.class, id);
    }

    /**
     * @param id the key
     * @return completes with the record; fails when there is none
     */
    public static CompletableFuture<Order> findOneOrThrow(Object id) {
        return findOneOrThrow(Order.class, id);
    }
}

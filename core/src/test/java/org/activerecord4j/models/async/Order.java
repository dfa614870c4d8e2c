package org.activerecord4j.models.async;

import java.math.BigDecimal;
import org.activerecord4j.Column;
import org.activerecord4j.relation.AsyncBelongsTo;
import org.activerecord4j.relation.AsyncHasMany;
import org.activerecord4j.relation.Dependent;

/** An order: its table name is an SQL keyword, its parent is named by string. */
public class Order extends OrderAsyncRecord {
    public Long id;
    public Long userId;
    @Column(scale = 2)
    public BigDecimal total;
    public String status;

    public static final AsyncHasMany<LineItem> items = hasMany(inverseOf("order"), dependent(Dependent.DELETE));
    public static final AsyncBelongsTo<User> customer = belongsTo(target("User"), foreignKey("user_id"), inverseOf("orders"));
}

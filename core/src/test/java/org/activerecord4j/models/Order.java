package org.activerecord4j.models;

import java.math.BigDecimal;
import org.activerecord4j.Column;
import org.activerecord4j.relation.BelongsTo;
import org.activerecord4j.relation.Dependent;
import org.activerecord4j.relation.HasMany;

/** An order: its table name is an SQL keyword, its parent is named by string. */
public class Order extends OrderRecord {
    public Long id;
    public Long userId;
    @Column(scale = 2)
    public BigDecimal total;
    public String status;

    public static final HasMany<LineItem> items = hasMany(inverseOf("order"), dependent(Dependent.DELETE));
    public static final BelongsTo<User> customer = belongsTo(target("User"), foreignKey("user_id"), inverseOf("orders"));

    /** @return the customer */
    public User customer() {
        return customer.of(this);
    }
}

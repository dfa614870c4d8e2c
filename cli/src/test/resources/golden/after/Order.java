package com.example.shop;

import java.math.BigDecimal;
import org.activerecord4j.ActiveRecord;
import org.activerecord4j.relation.BelongsTo;

/** An order: tabs and CRLF line endings; extends ActiveRecord directly, so it gets accessors. */
public class Order extends ActiveRecord<Order> {
	public Long id;
	public BigDecimal total; // in euros
	public Long userId;

	public static final BelongsTo<User> user = belongsTo(foreignKey("user_id"), inverseOf("orders"));

	/** Not a column. */
	public transient String note;

	/** @return the user, or null when there is none */
	public User user() {
		return user.of(this);
	}

	/** @param value the new user (its key is copied), or null */
	public void user(User value) {
		user.set(this, value);
	}
}

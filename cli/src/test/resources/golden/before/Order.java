package com.example.shop;

import java.math.BigDecimal;
import org.activerecord4j.ActiveRecord;

/** An order: tabs and CRLF line endings; extends ActiveRecord directly, so it gets accessors. */
public class Order extends ActiveRecord<Order> {
	public Long id;
	public BigDecimal total; // in euros

	/** Not a column. */
	public transient String note;
}

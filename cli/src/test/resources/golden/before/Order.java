package com.example.shop;

import java.math.BigDecimal;

/** An order: tabs and CRLF line endings. */
public class Order extends OrderRecord {
	public Long id;
	public BigDecimal total; // in euros

	/** Not a column. */
	public transient String note;
}

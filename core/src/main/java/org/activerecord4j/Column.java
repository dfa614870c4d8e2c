package org.activerecord4j;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Overrides how a field maps to its column. Without it the column is the snake_case form of the
 * field name ({@code createdAt} → {@code created_at}).
 *
 * <pre>{@code
 * @Column("e_mail") public String email;
 * @Column(precision = 10, scale = 2) public BigDecimal price;
 * @Column(length = 120, nullable = false, unique = true) public String login;
 * }</pre>
 *
 * <p>{@code precision}, {@code scale} and {@code length} are limits that activerecord4j enforces before
 * any SQL on every database (a value that does not fit is refused, never rounded or cut), and that it
 * writes into the DDL it generates, with {@code nullable} and {@code unique}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Column {
    /**
     * The column name; empty means the snake_case form of the field name.
     *
     * @return the column name
     */
    String value() default "";

    /**
     * Total digits of a {@code BigDecimal} column, used when activerecord4j writes its DDL.
     *
     * @return the precision
     */
    int precision() default 38;

    /**
     * Digits after the point of a {@code BigDecimal} column, used when activerecord4j writes its DDL.
     * Databases with fixed-scale decimals (MariaDB/MySQL) return values at this scale.
     *
     * @return the scale
     */
    int scale() default 10;

    /**
     * The most characters a {@code String} column holds; 0 (the default) means no limit. A longer value
     * is refused before any SQL, and generated DDL declares the column {@code VARCHAR(length)}.
     *
     * @return the length, or 0 for unlimited text
     */
    int length() default 0;

    /**
     * Whether the column may hold SQL NULL (default true; a primitive field never does). Generated DDL
     * declares a column that may not {@code NOT NULL}.
     *
     * @return false for a {@code NOT NULL} column
     */
    boolean nullable() default true;

    /**
     * Whether no two rows may hold the same non-null value (default false). Generated DDL declares the
     * column {@code UNIQUE}.
     *
     * @return true for a unique column
     */
    boolean unique() default false;
}

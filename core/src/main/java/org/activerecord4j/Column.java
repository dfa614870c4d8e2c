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
 * @Column(scale = 2) public BigDecimal price;
 * }</pre>
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
}

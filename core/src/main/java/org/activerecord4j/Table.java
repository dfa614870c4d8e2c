package org.activerecord4j;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the table a model maps to. Without it the table is the snake_case plural of the class
 * name: {@code User} → {@code users}, {@code OrderItem} → {@code order_items}.
 *
 * <pre>{@code
 * @Table("people")
 * public class Person extends PersonRecord { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Table {
    /**
     * The table name.
     *
     * @return the table name
     */
    String value();
}

package org.activerecord4j.schema;

import org.activerecord4j.internal.runtime.Schemas;

/**
 * The naming conventions activerecord4j applies at run time, for tools that write models and migrations
 * and must name things exactly as the runtime will read them.
 *
 * <pre>{@code
 * Conventions.tableName("OrderItem");    // order_items
 * Conventions.columnName("placedAt");    // placed_at
 * Conventions.foreignKey("OrderItem");   // order_item_id
 * }</pre>
 *
 * <p>Thread-safe: pure functions.
 */
public final class Conventions {

    private Conventions() {
    }

    /**
     * Returns the table of a model without {@code @Table}: the snake_case plural of its class name.
     *
     * @param modelName the class's simple name, e.g. {@code OrderItem}
     * @return e.g. {@code order_items}
     */
    public static String tableName(String modelName) {
        return Schemas.tableName(modelName);
    }

    /**
     * Returns the column of a field without {@code @Column("…")}: its snake_case form.
     *
     * @param fieldName the field name, e.g. {@code placedAt}
     * @return e.g. {@code placed_at}
     */
    public static String columnName(String fieldName) {
        return Schemas.columnName(fieldName);
    }

    /**
     * Returns the foreign key a relation to or from a model uses unless {@code foreignKey(…)} says
     * otherwise: {@code {model}_id} in snake_case.
     *
     * @param modelName the model's simple name, e.g. {@code OrderItem}
     * @return e.g. {@code order_item_id}
     */
    public static String foreignKey(String modelName) {
        return Schemas.columnName(modelName) + "_id";
    }
}

package org.activerecord4j.cli.source;

import org.activerecord4j.schema.Conventions;

/**
 * One column field of a model source ({@code public Long userId;}). Immutable.
 *
 * @param name the field name
 * @param type the type as written, e.g. {@code Long}, {@code long}, {@code java.math.BigDecimal}
 * @param column its {@code @Column} members
 * @param markedId whether it carries {@code @Id}
 * @param generated whether the database generates it, per {@code @Id(generated = …)} (true without {@code @Id})
 */
public record SourceField(String name, String type, ColumnAttributes column, boolean markedId, boolean generated) {

    /**
     * Returns the column name.
     *
     * @return {@code @Column}'s name, or the field name in snake_case
     */
    public String columnName() {
        return column.name() != null ? column.name() : Conventions.columnName(name);
    }

    /**
     * Returns whether the type is primitive, so the column is {@code NOT NULL}.
     *
     * @return true for primitives
     */
    public boolean primitive() {
        return Identifiers.isPrimitive(type);
    }
}

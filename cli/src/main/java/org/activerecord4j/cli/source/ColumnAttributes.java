package org.activerecord4j.cli.source;

/**
 * The members of a field's {@code @Column} annotation, with {@code @Column}'s defaults for those it
 * does not set. Immutable.
 *
 * @param name the column name, or null for the field name in snake_case
 * @param length the most characters, 0 for unlimited
 * @param precision a decimal's total digits
 * @param scale a decimal's digits after the point
 * @param nullable whether NULL is allowed
 * @param unique whether values are unique
 */
public record ColumnAttributes(String name, int length, int precision, int scale, boolean nullable, boolean unique) {

    /** A field without {@code @Column}. */
    public static final ColumnAttributes DEFAULTS = new ColumnAttributes(null, 0, 38, 10, true, false);
}

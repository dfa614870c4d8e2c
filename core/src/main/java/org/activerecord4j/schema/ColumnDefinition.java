package org.activerecord4j.schema;

import java.util.Objects;
import org.activerecord4j.InvalidArgumentException;

/**
 * One column of a {@link TableDefinition}: its name, Java type and the limits the DDL declares. The
 * defaults are those of an unannotated field: nullable, not unique, unlimited text, decimals of
 * precision 38 and scale 10 (as {@code @Column}'s). Immutable and thread-safe; each {@code with…}
 * returns a copy.
 *
 * <pre>{@code
 * ColumnDefinition login = ColumnDefinition.of("login", JavaType.STRING).withLength(120).withNullable(false).withUnique(true);
 * }</pre>
 */
public final class ColumnDefinition {

    private static final int DEFAULT_PRECISION = 38;
    private static final int DEFAULT_SCALE = 10;
    private static final int MAX_PRECISION = 1000;

    private final String name;
    private final JavaType type;
    private final int length;
    private final int precision;
    private final int scale;
    private final boolean nullable;
    private final boolean unique;

    private ColumnDefinition(String name, JavaType type, int length, int precision, int scale, boolean nullable,
            boolean unique) {
        this.name = name;
        this.type = type;
        this.length = length;
        this.precision = precision;
        this.scale = scale;
        this.nullable = nullable;
        this.unique = unique;
    }

    /**
     * Describes a nullable column with default limits.
     *
     * @param name the column name, e.g. {@code user_id}
     * @param type its Java type
     * @return the column
     * @throws InvalidArgumentException when the name is blank
     * @throws NullPointerException when the type is null
     */
    public static ColumnDefinition of(String name, JavaType type) {
        return new ColumnDefinition(Names.require(name, "column"), Objects.requireNonNull(type, "type"), 0,
                DEFAULT_PRECISION, DEFAULT_SCALE, true, false);
    }

    /**
     * Returns a copy holding at most {@code length} characters ({@code VARCHAR(length)}).
     *
     * @param length the most characters, or 0 for unlimited text
     * @return the copy
     * @throws InvalidArgumentException when the length is negative
     */
    public ColumnDefinition withLength(int length) {
        if (length < 0) {
            throw new InvalidArgumentException("The length of column " + name + " must be 0 (no limit) or positive but was "
                    + length);
        }
        return new ColumnDefinition(name, type, length, precision, scale, nullable, unique);
    }

    /**
     * Returns a copy with a decimal's total digits and digits after the point.
     *
     * @param precision total digits, 1 to 1000
     * @param scale digits after the point, 0 to {@code precision}
     * @return the copy
     * @throws InvalidArgumentException when they are out of range
     */
    public ColumnDefinition withDecimal(int precision, int scale) {
        if (precision < 1 || precision > MAX_PRECISION || scale < 0 || scale > precision) {
            throw new InvalidArgumentException("The decimal of column " + name + " needs 1 <= precision <= " + MAX_PRECISION
                    + " and 0 <= scale <= precision but was precision " + precision + ", scale " + scale);
        }
        return new ColumnDefinition(name, type, length, precision, scale, nullable, unique);
    }

    /**
     * Returns a copy that may or may not hold NULL.
     *
     * @param nullable false for {@code NOT NULL}
     * @return the copy
     */
    public ColumnDefinition withNullable(boolean nullable) {
        return new ColumnDefinition(name, type, length, precision, scale, nullable, unique);
    }

    /**
     * Returns a copy that is, or is not, {@code UNIQUE}.
     *
     * @param unique true for a unique column
     * @return the copy
     */
    public ColumnDefinition withUnique(boolean unique) {
        return new ColumnDefinition(name, type, length, precision, scale, nullable, unique);
    }

    /**
     * Returns the column name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the Java type.
     *
     * @return the type
     */
    public JavaType type() {
        return type;
    }

    /**
     * Returns the most characters a text column holds.
     *
     * @return the length, 0 for unlimited
     */
    public int length() {
        return length;
    }

    /**
     * Returns a decimal's total digits.
     *
     * @return the precision
     */
    public int precision() {
        return precision;
    }

    /**
     * Returns a decimal's digits after the point.
     *
     * @return the scale
     */
    public int scale() {
        return scale;
    }

    /**
     * Returns whether the column may hold NULL.
     *
     * @return false for {@code NOT NULL}
     */
    public boolean nullable() {
        return nullable;
    }

    /**
     * Returns whether the column is {@code UNIQUE}.
     *
     * @return true when unique
     */
    public boolean unique() {
        return unique;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ColumnDefinition that && name.equals(that.name) && type == that.type
                && length == that.length && precision == that.precision && scale == that.scale
                && nullable == that.nullable && unique == that.unique;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type, length, precision, scale, nullable, unique);
    }

    @Override
    public String toString() {
        return name + " " + type + (length > 0 ? "(" + length + ")" : "")
                + (type == JavaType.DECIMAL ? "(" + precision + "," + scale + ")" : "")
                + (nullable ? "" : " NOT NULL") + (unique ? " UNIQUE" : "");
    }
}

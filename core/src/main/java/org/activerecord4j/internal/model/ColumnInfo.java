package org.activerecord4j.internal.model;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.Column;
import org.activerecord4j.FieldAccess;
import org.activerecord4j.internal.types.TypeHandler;
import org.activerecord4j.internal.types.TypeMapping;

/**
 * One mapped field: its column name, Java type and accessor. Values are read and written through the
 * model's {@link FieldAccess} (generated code, or method handles), not through reflection. Immutable and
 * thread-safe.
 */
public final class ColumnInfo {

    private final Field field;
    private final FieldAccess<Object> access;
    private final Object zero;
    private final boolean bytes;
    private final String name;
    private final Class<?> type;
    private final int index;
    private final boolean primitive;
    private final int precision;
    private final int scale;
    private final int length;
    private final boolean declaredNullable;
    private final boolean unique;

    @SuppressWarnings("unchecked")
    ColumnInfo(Field field, FieldAccess<?> access, String name, Class<?> type, int index, Column annotation) {
        this.field = field;
        this.access = (FieldAccess<Object>) access;
        this.zero = field.getType().isPrimitive() ? Primitives.zero(field.getType()) : null;
        this.bytes = type == byte[].class;
        this.name = name;
        this.type = type;
        this.index = index;
        this.primitive = field.getType().isPrimitive();
        this.precision = annotation != null ? annotation.precision() : 38;
        this.scale = annotation != null ? annotation.scale() : 10;
        this.length = annotation != null ? annotation.length() : 0;
        this.declaredNullable = annotation == null || annotation.nullable();
        this.unique = annotation != null && annotation.unique();
    }

    /**
     * Returns the column name in the database.
     *
     * @return the column name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the Java field name.
     *
     * @return the field name
     */
    public String fieldName() {
        return field.getName();
    }

    /**
     * Returns the field's type, boxed when primitive.
     *
     * @return the Java type
     */
    public Class<?> type() {
        return type;
    }

    /**
     * Returns this column's position among the model's columns.
     *
     * @return the 0-based index
     */
    public int index() {
        return index;
    }

    /**
     * Returns the decimal precision for DDL.
     *
     * @return the precision
     */
    public int precision() {
        return precision;
    }

    /**
     * Returns the decimal scale for DDL.
     *
     * @return the scale
     */
    public int scale() {
        return scale;
    }

    /**
     * Returns the most characters a {@code String} value may have.
     *
     * @return the length from {@code @Column(length)}, or 0 for no limit
     */
    public int length() {
        return length;
    }

    /**
     * Returns whether the column may hold null.
     *
     * @return false for primitive fields and for {@code @Column(nullable = false)}
     */
    public boolean nullable() {
        return !primitive && declaredNullable;
    }

    /**
     * Returns whether the field is of a primitive type, so it cannot hold null at all.
     *
     * @return true for primitive fields
     */
    public boolean primitive() {
        return primitive;
    }

    /**
     * Returns whether the column is declared unique.
     *
     * @return true for {@code @Column(unique = true)}
     */
    public boolean unique() {
        return unique;
    }

    /**
     * Returns the handler that moves this column's values on a database with {@code types}.
     *
     * @param types the database's type mapping
     * @return the handler
     */
    public TypeHandler<?> handlerIn(TypeMapping types) {
        return types.handler(type, precision, scale);
    }

    /**
     * Reads the field of {@code record}.
     *
     * @param record the record
     * @return the value
     */
    public Object get(Object record) {
        return access.get(record, index);
    }

    /**
     * Writes the field of {@code record}; null into a primitive field writes its zero value.
     *
     * @param record the record
     * @param value the value
     * @return the value the field now holds
     */
    public Object set(Object record, Object value) {
        Object stored = value == null ? zero : value;
        try {
            access.set(record, index, stored);
            return stored;
        } catch (ClassCastException e) {
            throw new ActiveRecordException("Cannot assign " + value.getClass().getSimpleName() + " value '" + value
                    + "' to " + field.getDeclaringClass().getSimpleName() + "." + field.getName() + " of type "
                    + field.getType().getSimpleName(), e);
        }
    }

    /**
     * Compares two values of this column, arrays by content and decimals as numbers: the column stores 7.5 and
     * 7.50 at its own scale, as one value.
     *
     * @param a one value
     * @param b another value
     * @return whether they are equal
     */
    public boolean sameValue(Object a, Object b) {
        if (a instanceof BigDecimal one && b instanceof BigDecimal other) {
            return one.compareTo(other) == 0;
        }
        return Objects.deepEquals(a, b);
    }

    /**
     * Returns whether {@link #snapshot} copies this column's values rather than keeping them (byte arrays).
     *
     * @return true for a byte array column
     */
    public boolean copiesSnapshot() {
        return bytes;
    }

    /**
     * Returns a copy that later changes to {@code value} cannot reach (byte arrays are copied).
     *
     * @param value the value
     * @return the snapshot value
     */
    public Object snapshot(Object value) {
        return bytes && value != null ? Arrays.copyOf((byte[]) value, ((byte[]) value).length) : value;
    }

    @Override
    public String toString() {
        return name;
    }
}

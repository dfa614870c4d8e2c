package org.activerecord4j.internal.model;

import java.util.UUID;
import org.activerecord4j.ActiveRecordException;

/**
 * Converts keys given by callers or read from other columns to the type of the column they are
 * compared with ({@code findOne(User.class, 1)} with a {@code Long} key; an {@code Integer} key
 * stored in a {@code Long} foreign key).
 */
public final class Keys {

    private Keys() {
    }

    /**
     * Converts {@code key} to the type of {@code model}'s primary key.
     *
     * @param model the model
     * @param key the key as given
     * @return the key in the column's type
     * @throws ActiveRecordException when it cannot be converted
     */
    public static Object coerce(ModelInfo<?> model, Object key) {
        ColumnInfo primaryKey = model.primaryKey();
        Object converted = convertOrNull(primaryKey.type(), key);
        if (converted == null && key != null) {
            throw new ActiveRecordException("Key " + key.getClass().getSimpleName() + " '" + key + "' does not fit "
                    + model.name() + "." + primaryKey.fieldName() + " of type " + primaryKey.type().getSimpleName());
        }
        return converted;
    }

    /**
     * Converts a key value to {@code column}'s type.
     *
     * @param column the column the value is compared with
     * @param value the value
     * @return the value in the column's type
     * @throws ActiveRecordException when it cannot be converted
     */
    public static Object convert(ColumnInfo column, Object value) {
        Object converted = convertOrNull(column.type(), value);
        if (converted == null && value != null) {
            throw new ActiveRecordException("Value " + value.getClass().getSimpleName() + " '" + value
                    + "' does not fit column " + column.name() + " of type " + column.type().getSimpleName());
        }
        return converted;
    }

    /** Integers are widened or narrowed without loss, UUID text is parsed; null when it cannot be done. */
    private static Object convertOrNull(Class<?> type, Object value) {
        if (value == null || type.isInstance(value)) {
            return value;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            long whole = ((Number) value).longValue();
            if (type == Long.class) {
                return whole;
            }
            if (type == Integer.class && whole == (int) whole) {
                return (int) whole;
            }
            if (type == Short.class && whole == (short) whole) {
                return (short) whole;
            }
        }
        if (type == UUID.class && value instanceof String text) {
            try {
                return UUID.fromString(text);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }
}

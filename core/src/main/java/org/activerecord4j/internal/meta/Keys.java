package org.activerecord4j.internal.meta;

import java.util.UUID;
import org.activerecord4j.ActiveRecordException;

/** Converts a key given by the caller to the key column's type ({@code findOne(User.class, 1)} with a Long key). */
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
        Class<?> type = model.primaryKey().type();
        if (key == null || type.isInstance(key)) {
            return key;
        }
        if (key instanceof Number number && (key instanceof Long || key instanceof Integer || key instanceof Short)) {
            long value = number.longValue();
            if (type == Long.class) {
                return value;
            }
            if (type == Integer.class && value == (int) value) {
                return (int) value;
            }
            if (type == Short.class && value == (short) value) {
                return (short) value;
            }
        }
        if (type == UUID.class && key instanceof String text) {
            try {
                return UUID.fromString(text);
            } catch (IllegalArgumentException e) {
                throw badKey(model, key, e);
            }
        }
        throw badKey(model, key, null);
    }

    /**
     * Converts a key value to {@code column}'s type, for foreign keys whose type differs from the key they
     * point at (an {@code Integer} key, a {@code Long} foreign key).
     *
     * @param column the column the value is compared with
     * @param value the value
     * @return the value in the column's type
     */
    public static Object convert(ColumnInfo column, Object value) {
        Class<?> type = column.type();
        if (value == null || type.isInstance(value)) {
            return value;
        }
        if (value instanceof Number number && Number.class.isAssignableFrom(type)) {
            long whole = number.longValue();
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
        throw new ActiveRecordException("Value " + value.getClass().getSimpleName() + " '" + value + "' does not fit column "
                + column.name() + " of type " + type.getSimpleName());
    }

    private static ActiveRecordException badKey(ModelInfo<?> model, Object key, Exception cause) {
        return new ActiveRecordException("Key " + key.getClass().getSimpleName() + " '" + key + "' does not fit "
                + model.name() + "." + model.primaryKey().fieldName() + " of type "
                + model.primaryKey().type().getSimpleName(), cause);
    }
}

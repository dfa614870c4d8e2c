package org.activerecord4j.internal.types;

import org.activerecord4j.ActiveRecordException;

/**
 * A whole number read from the database beyond the range of its field's type: SQLite stores any 64-bit integer in
 * any column, where the servers' INTEGER and SMALLINT refuse it. Immutable.
 */
final class ValueOutOfRangeException extends UnreadableValueException {

    private static final long serialVersionUID = 1L;

    private final long value;
    private final NumberRange range;

    ValueOutOfRangeException(long value, NumberRange range) {
        super(message(value, range, "", false), null);
        this.value = value;
        this.range = range;
    }

    @Override
    public ActiveRecordException inColumn(String where, boolean primitive) {
        return new ActiveRecordException(message(value, range, " in " + where, primitive));
    }

    private static String message(long value, NumberRange range, String where, boolean primitive) {
        return "Value " + value + where + " read from the database is outside the range of " + range.typeName(primitive)
                + " (" + range.min() + " to " + range.max() + "); declare the field as " + range.widerName(primitive)
                + ", or correct the row";
    }

    /** The range of a whole-number type, and the type that holds more. */
    enum NumberRange {
        INT(Integer.MIN_VALUE, Integer.MAX_VALUE, "Integer", "int", "Long", "long"),
        SHORT(Short.MIN_VALUE, Short.MAX_VALUE, "Short", "short", "Integer", "int");

        private final long min;
        private final long max;
        private final String boxed;
        private final String primitive;
        private final String widerBoxed;
        private final String widerPrimitive;

        NumberRange(long min, long max, String boxed, String primitive, String widerBoxed, String widerPrimitive) {
            this.min = min;
            this.max = max;
            this.boxed = boxed;
            this.primitive = primitive;
            this.widerBoxed = widerBoxed;
            this.widerPrimitive = widerPrimitive;
        }

        long min() {
            return min;
        }

        long max() {
            return max;
        }

        /** Returns {@code value}, refused when beyond this range. */
        long check(long value) {
            if (value < min || value > max) {
                throw new ValueOutOfRangeException(value, this);
            }
            return value;
        }

        String typeName(boolean asPrimitive) {
            return asPrimitive ? primitive : boxed;
        }

        String widerName(boolean asPrimitive) {
            return asPrimitive ? widerPrimitive : widerBoxed;
        }
    }
}

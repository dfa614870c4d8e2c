package org.activerecord4j.internal.sql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Time;
import java.sql.Timestamp;

/**
 * The values raw SQL takes beside the column types: JDBC types that stand for one of them, bound as it so they
 * compare with what activerecord4j wrote the same way on every database (sqlite-jdbc would bind a
 * {@code Timestamp} as epoch milliseconds, a {@code BigInteger} or a {@code Byte} as text).
 */
final class RawValues {

    private RawValues() {
    }

    /**
     * Returns {@code value} as the column type it stands for: a {@code Character} as a one-character
     * {@code String}, a {@code Byte} as a {@code Short}, a {@code BigInteger} as a {@code Long} (a
     * {@code BigDecimal} beyond a long's range), a {@code java.sql.Timestamp}, {@code Date} or {@code Time} as
     * the {@code LocalDateTime}, {@code LocalDate} or {@code LocalTime} JDBC says it is; any other value itself.
     * Called only for values of no column type, so a column type's value costs nothing more.
     *
     * @param value a value of no column type, not null
     * @return the value to bind
     */
    static Object asColumnType(Object value) {
        if (value instanceof Character character) {
            return String.valueOf(character.charValue());
        }
        if (value instanceof Byte small) {
            return small.shortValue();
        }
        if (value instanceof BigInteger integer) {
            return integer.bitLength() < Long.SIZE ? (Object) integer.longValue() : new BigDecimal(integer);
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof Time time) {
            return time.toLocalTime();
        }
        return value;
    }
}

package org.activerecord4j.internal.sql;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.activerecord4j.internal.dialect.Dialect;
import org.activerecord4j.internal.model.ColumnInfo;
import org.activerecord4j.query.Comparison.Operator;

/**
 * Makes a comparison's bound that its column cannot hold into one it can, so that the comparison matches exactly the
 * rows it would match were the bound compared as it is (as PostgreSQL and MariaDB compare a decimal). The column's
 * values are a grid: a decimal's multiples of {@code 10^-scale} on SQLite (stored as text at the column's scale), a
 * time's microseconds on every database (each keeps and binds times to the microsecond). For a column value
 * {@code x} on the grid, with {@code floor} and {@code ceil} the grid points either side of the bound {@code v}:
 * {@code x > v} is {@code x > floor}, {@code x >= v} is {@code x >= ceil}, {@code x < v} is {@code x < ceil},
 * {@code x <= v} is {@code x <= floor}; {@code x = v} matches nothing when {@code v} is off the grid, and
 * {@code x <> v} every value. A bound beyond the values the column holds (a decimal beyond its precision, a date
 * beyond the years the database stores) is above or below every value. Stateless.
 */
final class ComparisonBounds {

    /** The comparison matches no row that has a value (nor, negated, a row without one). */
    static final Object NONE = new Object();
    /** The comparison matches every row that has a value (and, negated, none). */
    static final Object EVERY = new Object();

    private ComparisonBounds() {
    }

    /**
     * Returns the bound that compares with {@code column}'s values as {@code value} does: {@code value} itself when the
     * column holds it (every value of most types, without allocation), another value of its type, or {@link #NONE} or
     * {@link #EVERY}. A value of another type than the column's is given back for the bind to refuse.
     *
     * @param dialect the database
     * @param column the column compared
     * @param operator the comparison
     * @param value the bound, not null
     * @return the bound to bind, {@link #NONE} or {@link #EVERY}
     */
    static Object of(Dialect dialect, ColumnInfo column, Operator operator, Object value) {
        if (value.getClass() != column.type()) {
            return value;
        }
        if (value instanceof BigDecimal decimal) {
            return dialect.types().storedBySize(BigDecimal.class) ? decimal(column, operator, decimal) : value;
        }
        if (value instanceof LocalDateTime || value instanceof Instant || value instanceof OffsetDateTime
                || value instanceof LocalDate) {
            return temporal(dialect, operator, value);
        }
        return value;
    }

    /**
     * Returns whether {@link #of} can give another bound than the value for {@code column}: a decimal on a database
     * that stores it at the column's scale, a date or a time.
     *
     * @param dialect the database
     * @param column the column
     * @return false when every value of the column's type is its own bound
     */
    static boolean translates(Dialect dialect, ColumnInfo column) {
        Class<?> type = column.type();
        return type == BigDecimal.class ? dialect.types().storedBySize(BigDecimal.class)
                : type == LocalDate.class || type == LocalDateTime.class || type == Instant.class || type == OffsetDateTime.class;
    }

    private static Object decimal(ColumnInfo column, Operator operator, BigDecimal value) {
        int scale = column.scale();
        int integerDigits = Math.max(1, column.precision() - scale);
        if (value.precision() - value.scale() > integerDigits) {
            return beyond(operator, value.signum()); // at least 10^integerDigits: computed without scaling the value
        }
        if (value.scale() <= scale) {
            return value;
        }
        BigDecimal floor;
        BigDecimal ceil;
        if (value.signum() == 0) {
            floor = BigDecimal.ZERO;
            ceil = floor;
        } else if (value.precision() - value.scale() <= -scale) {
            // Under one unit of the last place kept (1e-40 in a scale 2 column): between zero and one unit.
            BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
            floor = value.signum() > 0 ? BigDecimal.ZERO : unit.negate();
            ceil = value.signum() > 0 ? unit : BigDecimal.ZERO;
        } else {
            floor = value.setScale(scale, RoundingMode.FLOOR);
            ceil = value.setScale(scale, RoundingMode.CEILING);
        }
        BigDecimal chosen = choose(operator, floor, ceil);
        if (chosen == null) {
            return floor.compareTo(ceil) == 0 ? floor : offGrid(operator);
        }
        if (chosen.signum() != 0 && chosen.precision() - chosen.scale() > integerDigits) {
            return beyond(operator, chosen.signum()); // 99999999.995 rounded up to 100000000.00
        }
        return chosen;
    }

    private static Object temporal(Dialect dialect, Operator operator, Object value) {
        int side = ColumnValues.yearsSide(dialect, value);
        if (side != 0) {
            return beyond(operator, side);
        }
        Object floor;
        Object ceil;
        if (value instanceof LocalDateTime dateTime && dateTime.getNano() % 1_000 != 0) {
            floor = dateTime.truncatedTo(ChronoUnit.MICROS);
            ceil = ((LocalDateTime) floor).plus(1, ChronoUnit.MICROS);
        } else if (value instanceof Instant instant && instant.getNano() % 1_000 != 0) {
            floor = instant.truncatedTo(ChronoUnit.MICROS);
            ceil = ((Instant) floor).plus(1, ChronoUnit.MICROS);
        } else if (value instanceof OffsetDateTime dateTime && dateTime.getNano() % 1_000 != 0) {
            floor = dateTime.truncatedTo(ChronoUnit.MICROS);
            ceil = ((OffsetDateTime) floor).plus(1, ChronoUnit.MICROS);
        } else {
            return value; // a date, or a time on the microsecond
        }
        Object chosen = choose(operator, floor, ceil);
        if (chosen == null) {
            return offGrid(operator);
        }
        side = ColumnValues.yearsSide(dialect, chosen);
        return side == 0 ? chosen : beyond(operator, side); // 9999-12-31T23:59:59.9999995 rounded up
    }

    /** The grid point an ordering comparison compares with; null for = and <>, which have none off the grid. */
    private static <T> T choose(Operator operator, T floor, T ceil) {
        return switch (operator) {
            case GREATER, LESS_OR_EQUAL -> floor;
            case GREATER_OR_EQUAL, LESS -> ceil;
            case EQUAL, NOT_EQUAL -> null;
        };
    }

    private static Object offGrid(Operator operator) {
        return operator == Operator.NOT_EQUAL ? EVERY : NONE;
    }

    /** What a bound above every value ({@code side} 1) or below every value ({@code side} -1) matches. */
    private static Object beyond(Operator operator, int side) {
        boolean matchesAbove = switch (operator) {
            case LESS, LESS_OR_EQUAL, NOT_EQUAL -> true;
            case GREATER, GREATER_OR_EQUAL, EQUAL -> false;
        };
        boolean matchesBelow = switch (operator) {
            case GREATER, GREATER_OR_EQUAL, NOT_EQUAL -> true;
            case LESS, LESS_OR_EQUAL, EQUAL -> false;
        };
        return (side > 0 ? matchesAbove : matchesBelow) ? EVERY : NONE;
    }
}

package org.activerecord4j.internal.sql;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import org.activerecord4j.InvalidValueException;
import org.activerecord4j.internal.dialect.Dialect;
import org.activerecord4j.internal.model.ColumnInfo;
import org.activerecord4j.internal.model.ModelInfo;
import org.activerecord4j.internal.model.ModelRelations;

/**
 * The values a column can hold exactly, checked before any SQL so that no database rounds, truncates or
 * nulls one: the column's Java type, a string's (or an enum constant's name's) {@code @Column(length)} (or, without one, the length of the
 * dialect's key string type for a unique, key or foreign key column: {@code VARCHAR(255)} on MariaDB), a string's
 * unpaired surrogates (no character, stored as '?') and NUL characters where text cannot hold them (PostgreSQL), a
 * decimal's {@code @Column(precision, scale)}, NaN and the infinities where the database cannot store them, and dates
 * and times outside the years the database stores (1 to 9999 on SQLite, whose text would sort out of order
 * beyond them, and on MariaDB; 4713 BC to 294276 AD on PostgreSQL).
 */
public final class ColumnValues {

    private static final int SHOWN_CHARACTERS = 40;

    private ColumnValues() {
    }

    /**
     * Throws unless {@code column} of {@code model} can hold {@code value} exactly on {@code dialect}.
     *
     * @param dialect the database the value goes to
     * @param model the model
     * @param column the column
     * @param value the value, possibly null
     * @throws InvalidValueException naming the model, the column, the value and the rule it breaks
     */
    public static void check(Dialect dialect, ModelInfo<?> model, ColumnInfo column, Object value) {
        // Small enough to be inlined where keys are bound by the thousand (eager loading's IN lists): a value of
        // the column's own class that the column does not limit further (a Long key) needs nothing more.
        if (value != null && (value.getClass() != column.type() || limitsOwnType(dialect, model, column))) {
            checkValue(dialect, model, column, value);
        }
    }

    /**
     * Throws unless {@code value} can be bound as a bound that {@code column} of {@code model} is compared with on
     * {@code dialect}. A bound need not fit the column (a decimal finer than its scale, a string longer than its length,
     * a date beyond the years the database stores: {@link ComparisonBounds} says what it matches); it must be of the
     * column's type, and a string must be text the database can hold, since a driver would send another one
     * ('?' for an unpaired surrogate) in its place.
     *
     * @param dialect the database the value goes to
     * @param model the model
     * @param column the column the value is compared with
     * @param value the value, possibly null
     * @throws InvalidValueException naming the model, the column, the value and the rule it breaks
     */
    public static void checkBound(Dialect dialect, ModelInfo<?> model, ColumnInfo column, Object value) {
        if (value == null) {
            return;
        }
        if (!column.type().isInstance(value)) {
            checkValue(dialect, model, column, value);
        } else if (value instanceof String text) {
            checkCharacters(dialect, model, column, text);
        } else if (value instanceof Double number) {
            checkFinite(dialect, model, column, number);
        } else if (value instanceof Float number) {
            checkFinite(dialect, model, column, number.doubleValue());
        }
    }

    /**
     * Returns whether {@code value}, a date or time, is before the first year {@code dialect} stores (-1), after its last
     * (1), or within them (0).
     *
     * @param dialect the database
     * @param value a {@code LocalDate}, {@code LocalDateTime}, {@code Instant} or {@code OffsetDateTime}
     * @return -1, 0 or 1
     */
    static int yearsSide(Dialect dialect, Object value) {
        int first = dialect.firstYear();
        int last = dialect.lastYear();
        if (value instanceof LocalDate date) {
            return date.getYear() < first ? -1 : date.getYear() > last ? 1 : 0;
        }
        if (value instanceof LocalDateTime dateTime) {
            return dateTime.getYear() < first ? -1 : dateTime.getYear() > last ? 1 : 0;
        }
        // An instant is stored at UTC; compared, not converted, so Instant.MAX is placed rather than thrown on.
        Instant instant = value instanceof OffsetDateTime dateTime ? dateTime.toInstant() : (Instant) value;
        return instant.isBefore(startOfYear(first)) ? -1 : instant.isBefore(startOfYear(last + 1)) ? 0 : 1;
    }

    private static void checkValue(Dialect dialect, ModelInfo<?> model, ColumnInfo column, Object value) {
        Class<?> type = column.type();
        if (!type.isInstance(value)) {
            throw refused(model, column, "Value " + value.getClass().getSimpleName() + " '" + shown(value)
                    + "' does not fit column " + label(model, column) + " of type " + column.type().getSimpleName());
        }
        if (!limitsOwnType(dialect, model, column)) {
            return; // keys, the commonest values bound, and most others: any value of their own type fits
        }
        if (value instanceof String text) {
            checkLength(dialect, model, column, text);
            checkCharacters(dialect, model, column, text);
        } else if (value instanceof Enum<?> constant) {
            checkLength(dialect, model, column, constant.name()); // stored by its name, in the same text column
        } else if (value instanceof BigDecimal decimal) {
            checkDigits(model, column, decimal);
        } else if (value instanceof Double number) {
            checkFinite(dialect, model, column, number);
        } else if (value instanceof Float number) {
            checkFinite(dialect, model, column, number.doubleValue());
        } else {
            checkYear(dialect, model, column, value);
        }
    }

    /**
     * Returns whether a value of the column's own Java type can still be refused: a {@code String} (its length, its
     * characters), an enum (stored by its name) with a {@code @Column(length)} or that is unique, a key or a foreign key,
     * a {@code BigDecimal}, a {@code Double}, a {@code Float} or a date or time (its year). {@link #check} looks past a
     * value's type only for such columns, so
     * they are the only ones a value read from a record's field (which holds nothing but its own type) needs checking
     * for.
     *
     * @param dialect the database the value goes to
     * @param model the model
     * @param column the column
     * @return whether {@link #check} can refuse a value of {@link ColumnInfo#type()}
     */
    public static boolean limitsOwnType(Dialect dialect, ModelInfo<?> model, ColumnInfo column) {
        Class<?> type = column.type();
        if (type == String.class) {
            return true; // its characters: an unpaired surrogate, a NUL where text cannot hold one
        }
        return type.isEnum() ? column.length() > 0 || keyed(model, column)
                : type == BigDecimal.class || type == Double.class || type == Float.class || type == LocalDate.class || type == LocalDateTime.class || type == Instant.class || type == OffsetDateTime.class;
    }

    private static void checkYear(Dialect dialect, ModelInfo<?> model, ColumnInfo column, Object value) {
        if (yearsSide(dialect, value) != 0) {
            throw refused(model, column, "Value " + value + " of " + label(model, column) + " is outside the years "
                    + dialect.firstYear() + " to " + dialect.lastYear() + " that " + dialect.name()
                    + " stores; store null, or a value within them");
        }
    }

    private static Instant startOfYear(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /**
     * Whether the DDL writer declares the column with the dialect's key string type when it has no length: a unique,
     * primary key or foreign key column.
     */
    private static boolean keyed(ModelInfo<?> model, ColumnInfo column) {
        return column.unique() || column == model.primaryKey() || FOREIGN_KEYS.get(model.type()).contains(column);
    }

    /** Each model's foreign key columns, found once: {@link #keyed} runs for every string value bound. */
    private static final ClassValue<Set<ColumnInfo>> FOREIGN_KEYS = new ClassValue<>() {
        @Override
        protected Set<ColumnInfo> computeValue(Class<?> type) {
            Set<ColumnInfo> keys = Collections.newSetFromMap(new IdentityHashMap<>());
            ModelRelations.of(type).all().stream().filter(relation -> relation.kind().ownerHoldsKey())
                    .forEach(relation -> keys.add(relation.foreignKey()));
            return Collections.unmodifiableSet(keys);
        }
    };

    private static void checkLength(Dialect dialect, ModelInfo<?> model, ColumnInfo column, String text) {
        int keyLength = dialect.keyStringLength();
        if (column.length() == 0 && keyLength > 0 && text.length() > keyLength && keyed(model, column)) {
            int characters = text.codePointCount(0, text.length());
            if (characters > keyLength) {
                throw refused(model, column, "Value '" + shown(text) + "' of " + label(model, column) + " has " + characters
                        + " characters, more than the " + keyLength + " that " + dialect.name() + " holds in a unique, key"
                        + " or foreign key text column without @Column(length), which it declares " + dialect.keyStringDdl()
                        + "; shorten it or declare its length");
            }
        }
        if (column.length() > 0 && text.length() > column.length()) {
            int characters = text.codePointCount(0, text.length());
            if (characters > column.length()) {
                throw refused(model, column, "Value '" + shown(text) + "' of " + label(model, column) + " has " + characters
                        + " characters, more than its @Column(length = " + column.length() + "); shorten it or raise the length");
            }
        }
    }

    /**
     * Refuses what no database stores as it is: half of a surrogate pair, which has no UTF-8 (the drivers send '?' in
     * its place), and a NUL where text cannot hold one. Characters below the surrogates need no look but for NUL.
     */
    private static void checkCharacters(Dialect dialect, ModelInfo<?> model, ColumnInfo column, String text) {
        boolean nulStored = dialect.storesNulInText();
        for (int i = 0, length = text.length(); i < length; i++) {
            char c = text.charAt(i);
            if (c < Character.MIN_SURROGATE && (c != 0 || nulStored)) {
                continue;
            }
            if (c == 0) {
                throw refused(model, column, "Value '" + escaped(text) + "' of " + label(model, column)
                        + " contains the NUL character (U+0000) at index " + i + ", which " + dialect.name()
                        + " cannot store in text; remove it, or keep such data in a byte[] field");
            }
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw refused(model, column, "Value '" + escaped(text) + "' of " + label(model, column) + " holds an unpaired "
                        + "surrogate (U+" + Integer.toHexString(c).toUpperCase(Locale.ROOT) + ") at index " + i + ", half of a "
                        + "character that every database would store as '?'; remove it, or complete the pair");
            }
        }
    }

    /** The value as {@link #shown}, with a NUL or a surrogate (which would print as '?') written as its escape. */
    private static String escaped(String text) {
        String shown = shown(text);
        StringBuilder escaped = new StringBuilder(shown.length() + 8);
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < shown.length() && Character.isLowSurrogate(shown.charAt(i + 1));
            if (pair) {
                escaped.append(c).append(shown.charAt(++i));
            } else if (c == 0 || Character.isSurrogate(c)) {
                escaped.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static void checkDigits(ModelInfo<?> model, ColumnInfo column, BigDecimal decimal) {
        BigDecimal stripped = decimal.signum() == 0 ? BigDecimal.ZERO : decimal.stripTrailingZeros();
        int fractionDigits = Math.max(0, stripped.scale());
        int integerDigits = Math.max(0, stripped.precision() - stripped.scale());
        String declared = "@Column(precision = " + column.precision() + ", scale = " + column.scale() + ")";
        if (fractionDigits > column.scale()) {
            throw refused(model, column, "Value " + decimal.toPlainString() + " of " + label(model, column) + " has "
                    + fractionDigits + " digit(s) after the point, more than its " + declared + " keeps; round it "
                    + "first, e.g. setScale(" + column.scale() + ", RoundingMode.HALF_EVEN)");
        }
        if (integerDigits > column.precision() - column.scale()) {
            throw refused(model, column, "Value " + decimal.toPlainString() + " of " + label(model, column) + " has "
                    + integerDigits + " digit(s) before the point, more than the " + (column.precision() - column.scale())
                    + " its " + declared + " allows");
        }
    }

    private static void checkFinite(Dialect dialect, ModelInfo<?> model, ColumnInfo column, double number) {
        boolean refused = Double.isNaN(number) ? !dialect.storesNaN() : Double.isInfinite(number) && !dialect.storesInfinity();
        if (refused) {
            throw refused(model, column, "Value " + number + " of " + label(model, column) + " cannot be stored on "
                    + dialect.name() + ", which " + (Double.isNaN(number) && dialect.storesInfinity()
                    ? "would store NaN as NULL" : "has no " + (Double.isNaN(number) ? "NaN" : "infinity"))
                    + "; store null, or a finite number");
        }
    }

    private static InvalidValueException refused(ModelInfo<?> model, ColumnInfo column, String message) {
        return new InvalidValueException(model.name(), column.fieldName(), message);
    }

    private static String label(ModelInfo<?> model, ColumnInfo column) {
        return model.name() + "." + column.fieldName();
    }

    private static String shown(Object value) {
        String text = String.valueOf(value);
        return text.length() <= SHOWN_CHARACTERS ? text : text.substring(0, SHOWN_CHARACTERS) + "…";
    }
}

package org.activerecord4j.internal.types;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.UUID;

/**
 * The handlers dialects choose from. Temporal values are kept at microsecond precision on every
 * database, the finest all three store; instants are stored in UTC.
 */
public final class Handlers {

    private Handlers() {
    }

    /** Reads a column; SQL NULL reads as null (reference getters) or as 0/false (primitive getters). */
    @FunctionalInterface
    interface Reader<T> {
        T read(ResultSet row, int index) throws SQLException;
    }

    /** Binds a non-null value. */
    @FunctionalInterface
    interface Binder<T> {
        void bind(PreparedStatement statement, int index, T value) throws SQLException;
    }

    /** Reads through a reference getter, which returns null for SQL NULL itself. */
    static <T> TypeHandler<T> of(int nullType, Binder<T> binder, Reader<T> reader) {
        return new Bound<>(nullType, binder) {
            @Override
            public T read(ResultSet row, int index) throws SQLException {
                return reader.read(row, index);
            }
        };
    }

    /**
     * A handler's null type and binder. The frequent column types subclass it with their own {@code read},
     * which calls its getter directly: one shared {@code read} calling a reader lambda would be a call site
     * of many targets, which the JIT cannot inline, once per column of every row. A primitive getter reads
     * SQL NULL as 0 or false, so {@code wasNull} (a call into the native library on SQLite) is asked only then.
     */
    private abstract static class Bound<T> implements TypeHandler<T> {
        private final int nullType;
        private final Binder<T> binder;

        Bound(int nullType, Binder<T> binder) {
            this.nullType = nullType;
            this.binder = binder;
        }

        @Override
        public void bind(PreparedStatement statement, int index, T value) throws SQLException {
            binder.bind(statement, index, value);
        }

        @Override
        public int nullType() {
            return nullType;
        }
    }

    public static final TypeHandler<Long> LONG = new Bound<>(Types.BIGINT, PreparedStatement::setLong) {
        @Override
        public Long read(ResultSet row, int index) throws SQLException {
            long value = row.getLong(index);
            return value == 0 && row.wasNull() ? null : value;
        }

        @Override
        public long readLong(ResultSet row, int index) throws SQLException {
            return row.getLong(index); // 0 for SQL NULL, as a primitive field reads it
        }
    };
    public static final TypeHandler<Integer> INTEGER = new Bound<>(Types.INTEGER, PreparedStatement::setInt) {
        @Override
        public Integer read(ResultSet row, int index) throws SQLException {
            int value = row.getInt(index);
            return value == 0 && row.wasNull() ? null : value;
        }

        @Override
        public int readInt(ResultSet row, int index) throws SQLException {
            return row.getInt(index); // 0 for SQL NULL, as a primitive field reads it
        }
    };
    public static final TypeHandler<Short> SHORT = new Bound<>(Types.SMALLINT, PreparedStatement::setShort) {
        @Override
        public Short read(ResultSet row, int index) throws SQLException {
            short value = row.getShort(index);
            return value == 0 && row.wasNull() ? null : value;
        }

        @Override
        public short readShort(ResultSet row, int index) throws SQLException {
            return row.getShort(index); // 0 for SQL NULL, as a primitive field reads it
        }
    };
    /**
     * {@code Integer} where any column may hold any 64-bit integer (SQLite): a value beyond int's range is refused
     * ({@link ValueOutOfRangeException}) where the driver would cut it to 32 bits.
     */
    public static final TypeHandler<Integer> INTEGER_OF_64_BITS = new Bound<>(Types.INTEGER, PreparedStatement::setInt) {
        @Override
        public Integer read(ResultSet row, int index) throws SQLException {
            long value = row.getLong(index);
            return value == 0 && row.wasNull() ? null : (int) ValueOutOfRangeException.NumberRange.INT.check(value);
        }

        @Override
        public int readInt(ResultSet row, int index) throws SQLException {
            return (int) ValueOutOfRangeException.NumberRange.INT.check(row.getLong(index));
        }
    };
    /** {@code Short} where any column may hold any 64-bit integer (SQLite), as {@link #INTEGER_OF_64_BITS}. */
    public static final TypeHandler<Short> SHORT_OF_64_BITS = new Bound<>(Types.SMALLINT, PreparedStatement::setShort) {
        @Override
        public Short read(ResultSet row, int index) throws SQLException {
            long value = row.getLong(index);
            return value == 0 && row.wasNull() ? null : (short) ValueOutOfRangeException.NumberRange.SHORT.check(value);
        }

        @Override
        public short readShort(ResultSet row, int index) throws SQLException {
            return (short) ValueOutOfRangeException.NumberRange.SHORT.check(row.getLong(index));
        }
    };
    public static final TypeHandler<Double> DOUBLE = new Bound<>(Types.DOUBLE, PreparedStatement::setDouble) {
        @Override
        public Double read(ResultSet row, int index) throws SQLException {
            double value = row.getDouble(index);
            return value == 0 && row.wasNull() ? null : value;
        }

        @Override
        public double readDouble(ResultSet row, int index) throws SQLException {
            return row.getDouble(index); // 0 for SQL NULL, as a primitive field reads it
        }
    };
    public static final TypeHandler<Float> FLOAT = new Bound<>(Types.REAL, PreparedStatement::setFloat) {
        @Override
        public Float read(ResultSet row, int index) throws SQLException {
            float value = row.getFloat(index);
            return value == 0 && row.wasNull() ? null : value;
        }

        @Override
        public float readFloat(ResultSet row, int index) throws SQLException {
            return row.getFloat(index); // 0 for SQL NULL, as a primitive field reads it
        }
    };
    public static final TypeHandler<Boolean> BOOLEAN = new Bound<>(Types.BOOLEAN, PreparedStatement::setBoolean) {
        @Override
        public Boolean read(ResultSet row, int index) throws SQLException {
            boolean value = row.getBoolean(index);
            return !value && row.wasNull() ? null : value;
        }

        @Override
        public boolean readBoolean(ResultSet row, int index) throws SQLException {
            return row.getBoolean(index); // false for SQL NULL, as a primitive field reads it
        }
    };
    public static final TypeHandler<String> STRING = new Bound<>(Types.VARCHAR, PreparedStatement::setString) {
        @Override
        public String read(ResultSet row, int index) throws SQLException {
            return row.getString(index);
        }
    };
    public static final TypeHandler<byte[]> BYTES = of(Types.VARBINARY, PreparedStatement::setBytes, ResultSet::getBytes);
    public static final TypeHandler<BigDecimal> DECIMAL =
            of(Types.DECIMAL, PreparedStatement::setBigDecimal, ResultSet::getBigDecimal);

    /**
     * For databases whose decimals lose precision (SQLite): text of fixed width that sorts like the numbers
     * do, so comparisons and ORDER BY are numeric and the value comes back exactly, at the column's scale.
     *
     * @param precision the column's total digits
     * @param scale the column's digits after the point
     * @return the handler
     * @see SortableDecimal
     */
    public static TypeHandler<BigDecimal> sortableDecimalText(int precision, int scale) {
        SortableDecimal codec = new SortableDecimal(precision, scale);
        return of(Types.VARCHAR,
                (statement, index, value) -> statement.setString(index, codec.encode(value)),
                (row, index) -> parse(row.getString(index), codec::decode));
    }

    public static final TypeHandler<UUID> UUID_NATIVE =
            of(Types.OTHER, PreparedStatement::setObject, (row, index) -> row.getObject(index, UUID.class));
    public static final TypeHandler<UUID> UUID_AS_TEXT = of(Types.CHAR,
            (statement, index, value) -> statement.setString(index, value.toString()),
            (row, index) -> parse(row.getString(index), UUID::fromString));

    public static final TypeHandler<LocalDate> DATE_NATIVE =
            of(Types.DATE, PreparedStatement::setObject, (row, index) -> row.getObject(index, LocalDate.class));
    public static final TypeHandler<LocalDateTime> DATETIME_NATIVE = of(Types.TIMESTAMP,
            (statement, index, value) -> statement.setObject(index, micros(value)),
            (row, index) -> row.getObject(index, LocalDateTime.class));

    /** For databases with a time-zone-aware timestamp (PostgreSQL {@code timestamptz}). */
    public static final TypeHandler<Instant> INSTANT_AS_TIMESTAMPTZ = of(Types.TIMESTAMP_WITH_TIMEZONE,
            (statement, index, value) -> statement.setObject(index, micros(value).atOffset(ZoneOffset.UTC)),
            (row, index) -> {
                OffsetDateTime read = row.getObject(index, OffsetDateTime.class);
                return read == null ? null : read.toInstant();
            });

    /**
     * The calendar MariaDB/MySQL datetimes are read in: UTC, which has no daylight-saving gap, and proleptic
     * Gregorian, as {@code java.time} is. Without a calendar Connector/J decodes a {@code DATETIME} through a
     * {@code ZonedDateTime} in the JVM's default zone (for {@code getObject(i, LocalDateTime.class)} and even
     * {@code getString}), which moves a wall-clock time inside that zone's daylight-saving gap by the gap. The
     * driver synchronizes on the calendar it is given; one per thread saves the contention.
     */
    private static final ThreadLocal<Calendar> UTC_PROLEPTIC = ThreadLocal.withInitial(() -> {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        calendar.setGregorianChange(new Date(Long.MIN_VALUE));
        return calendar;
    });

    private static LocalDateTime serverDateTime(ResultSet row, int index) throws SQLException {
        Timestamp read = row.getTimestamp(index, UTC_PROLEPTIC.get());
        return read == null ? null : LocalDateTime.ofInstant(read.toInstant(), ZoneOffset.UTC);
    }

    /** For MariaDB/MySQL: a native {@code DATETIME}, read in UTC (see {@link #UTC_PROLEPTIC}). */
    public static final TypeHandler<LocalDateTime> DATETIME_READ_IN_UTC = of(Types.TIMESTAMP,
            (statement, index, value) -> statement.setObject(index, micros(value)), Handlers::serverDateTime);

    /** For databases without a zone-aware timestamp (MariaDB/MySQL): a UTC wall-clock datetime. */
    public static final TypeHandler<Instant> INSTANT_AS_UTC_DATETIME = of(Types.TIMESTAMP,
            (statement, index, value) -> statement.setObject(index, LocalDateTime.ofInstant(micros(value), ZoneOffset.UTC)),
            (row, index) -> {
                LocalDateTime read = serverDateTime(row, index);
                return read == null ? null : read.toInstant(ZoneOffset.UTC);
            });

    private static final DateTimeFormatter TEXT_DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

    /** For SQLite: fixed-width text, so text order is time order. */
    public static final TypeHandler<LocalDate> DATE_AS_TEXT = of(Types.VARCHAR,
            (statement, index, value) -> statement.setString(index, value.toString()),
            (row, index) -> parse(row.getString(index), LocalDate::parse));
    public static final TypeHandler<LocalDateTime> DATETIME_AS_TEXT = of(Types.VARCHAR,
            (statement, index, value) -> statement.setString(index, TEXT_DATETIME.format(value)),
            (row, index) -> parse(row.getString(index), text -> LocalDateTime.parse(text, TEXT_DATETIME)));
    public static final TypeHandler<Instant> INSTANT_AS_TEXT = of(Types.VARCHAR,
            (statement, index, value) -> statement.setString(index, TEXT_DATETIME.format(LocalDateTime.ofInstant(value, ZoneOffset.UTC))),
            (row, index) -> parse(row.getString(index), text -> LocalDateTime.parse(text, TEXT_DATETIME).toInstant(ZoneOffset.UTC)));

    /**
     * An {@link OffsetDateTime} stored as the instant it denotes, read back at UTC (as Hibernate and
     * PostgreSQL do): the instant survives, the original offset does not.
     *
     * @param instant how the dialect stores instants
     * @return the handler
     */
    public static TypeHandler<OffsetDateTime> offsetDateTimeVia(TypeHandler<Instant> instant) {
        return of(instant.nullType(),
                (statement, index, value) -> instant.bind(statement, index, value.toInstant()),
                (row, index) -> {
                    Instant read = instant.read(row, index);
                    return read == null ? null : read.atOffset(ZoneOffset.UTC);
                });
    }

    /**
     * Stores an enum by its constant name.
     *
     * @param type the enum class
     * @param <E> the enum type
     * @return the handler
     */
    public static <E extends Enum<E>> TypeHandler<E> enumByName(Class<E> type) {
        return of(Types.VARCHAR,
                (statement, index, value) -> statement.setString(index, value.name()),
                (row, index) -> parse(row.getString(index), name -> enumConstant(type, name)));
    }

    private static <E extends Enum<E>> E enumConstant(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new UnknownEnumConstantException(type, name, e);
        }
    }

    /**
     * A {@link LocalTime} in raw SQL, where the driver binds it as the database's {@code TIME} (PostgreSQL, MariaDB);
     * cut to the microsecond, as other times are.
     */
    public static final TypeHandler<LocalTime> TIME_NATIVE = of(Types.TIME,
            (statement, index, value) -> statement.setObject(index, value.truncatedTo(ChronoUnit.MICROS)),
            (row, index) -> row.getObject(index, LocalTime.class));

    /**
     * A {@link LocalTime} in raw SQL on SQLite: text {@code HH:mm:ss}, with six digits of fraction when it has one
     * (the form of {@link #DATETIME_AS_TEXT}'s time), so the same time always binds the same text and text order is
     * time order. sqlite-jdbc itself binds {@code LocalTime.toString()}, which drops zero seconds ({@code 09:30}).
     */
    public static final TypeHandler<LocalTime> TIME_AS_TEXT = of(Types.VARCHAR,
            (statement, index, value) -> statement.setString(index, timeText(value)),
            (row, index) -> parse(row.getString(index), LocalTime::parse));

    private static final DateTimeFormatter TEXT_TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter TEXT_TIME_FRACTION = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS");

    private static String timeText(LocalTime value) {
        LocalTime micros = value.truncatedTo(ChronoUnit.MICROS);
        return (micros.getNano() == 0 ? TEXT_TIME : TEXT_TIME_FRACTION).format(micros);
    }

    /** A value of a type no dialect names, bound as whatever the driver makes of it. */
    public static final TypeHandler<Object> OBJECT = of(Types.NULL, PreparedStatement::setObject, ResultSet::getObject);

    /**
     * Returns {@code value} as a row holds it once written: a time cut to the microsecond, the precision every
     * database keeps ({@code Instant}, {@code LocalDateTime}, {@code OffsetDateTime}); any other value as it is.
     *
     * @param value a column's value, possibly null
     * @return {@code value} itself when writing does not change it, else the value written
     */
    public static Object atStoredPrecision(Object value) {
        if (value instanceof Instant instant && instant.getNano() % 1_000 != 0) {
            return micros(instant);
        }
        if (value instanceof LocalDateTime dateTime && dateTime.getNano() % 1_000 != 0) {
            return micros(dateTime);
        }
        if (value instanceof OffsetDateTime dateTime && dateTime.getNano() % 1_000 != 0) {
            return dateTime.truncatedTo(ChronoUnit.MICROS);
        }
        return value;
    }

    private static Instant micros(Instant value) {
        return value.truncatedTo(ChronoUnit.MICROS);
    }

    private static LocalDateTime micros(LocalDateTime value) {
        return value.truncatedTo(ChronoUnit.MICROS);
    }

    private static <T> T parse(String text, java.util.function.Function<String, T> parser) {
        return text == null ? null : parser.apply(text);
    }
}

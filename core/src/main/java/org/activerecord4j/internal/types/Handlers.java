package org.activerecord4j.internal.types;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
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

    static <T> TypeHandler<T> of(int nullType, Binder<T> binder, Reader<T> reader) {
        return new TypeHandler<>() {
            @Override
            public void bind(PreparedStatement statement, int index, T value) throws SQLException {
                binder.bind(statement, index, value);
            }

            @Override
            public T read(ResultSet row, int index) throws SQLException {
                T value = reader.read(row, index);
                return value != null && zeroOrFalse(value) && row.wasNull() ? null : value;
            }

            @Override
            public int nullType() {
                return nullType;
            }
        };
    }

    /**
     * Whether {@code value} is what a primitive getter ({@code getLong}, {@code getBoolean}, …) returns for
     * SQL NULL, so that only then {@code wasNull} is asked (a call into the native library on SQLite).
     * Reference getters return null for SQL NULL themselves.
     */
    private static boolean zeroOrFalse(Object value) {
        return value instanceof Boolean bool ? !bool : value instanceof Number number && number.doubleValue() == 0;
    }

    public static final TypeHandler<Long> LONG = of(Types.BIGINT, PreparedStatement::setLong, ResultSet::getLong);
    public static final TypeHandler<Integer> INTEGER = of(Types.INTEGER, PreparedStatement::setInt, ResultSet::getInt);
    public static final TypeHandler<Short> SHORT = of(Types.SMALLINT, PreparedStatement::setShort, ResultSet::getShort);
    public static final TypeHandler<Double> DOUBLE = of(Types.DOUBLE, PreparedStatement::setDouble, ResultSet::getDouble);
    public static final TypeHandler<Float> FLOAT = of(Types.REAL, PreparedStatement::setFloat, ResultSet::getFloat);
    public static final TypeHandler<Boolean> BOOLEAN = of(Types.BOOLEAN, PreparedStatement::setBoolean, ResultSet::getBoolean);
    public static final TypeHandler<String> STRING = of(Types.VARCHAR, PreparedStatement::setString, ResultSet::getString);
    public static final TypeHandler<byte[]> BYTES = of(Types.VARBINARY, PreparedStatement::setBytes, ResultSet::getBytes);
    public static final TypeHandler<BigDecimal> DECIMAL =
            of(Types.DECIMAL, PreparedStatement::setBigDecimal, ResultSet::getBigDecimal);

    /** For databases whose decimals lose scale or precision (SQLite): the exact text. */
    public static final TypeHandler<BigDecimal> DECIMAL_AS_TEXT = of(Types.VARCHAR,
            (statement, index, value) -> statement.setString(index, value.toString()),
            (row, index) -> parse(row.getString(index), BigDecimal::new));

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

    /** For databases without a zone-aware timestamp (MariaDB/MySQL): a UTC wall-clock datetime. */
    public static final TypeHandler<Instant> INSTANT_AS_UTC_DATETIME = of(Types.TIMESTAMP,
            (statement, index, value) -> statement.setObject(index, LocalDateTime.ofInstant(micros(value), ZoneOffset.UTC)),
            (row, index) -> {
                LocalDateTime read = row.getObject(index, LocalDateTime.class);
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
            throw new org.activerecord4j.ActiveRecordException("Unknown " + type.getSimpleName() + " constant '" + name
                    + "' read from the database; known constants: " + java.util.Arrays.toString(type.getEnumConstants()), e);
        }
    }

    /** A value of a type no dialect names, bound as whatever the driver makes of it. */
    public static final TypeHandler<Object> OBJECT = of(Types.NULL, PreparedStatement::setObject, ResultSet::getObject);

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

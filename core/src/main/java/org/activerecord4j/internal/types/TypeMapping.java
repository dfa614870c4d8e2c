package org.activerecord4j.internal.types;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * The Java types a dialect stores and how. Immutable after construction except for the enum
 * handler cache, which is thread-safe.
 */
public final class TypeMapping {

    private final Map<Class<?>, ColumnType> types;
    private final Map<Class<?>, TypeHandler<?>> enums = new ConcurrentHashMap<>();
    private final BiFunction<Integer, Integer, TypeHandler<BigDecimal>> sizedDecimals;
    private final Map<Long, TypeHandler<?>> decimalsBySize = new ConcurrentHashMap<>();

    private final TypeHandler<LocalTime> times;

    private TypeMapping(Builder builder) {
        this.types = Map.copyOf(builder.types);
        this.sizedDecimals = builder.sizedDecimals;
        this.times = builder.times;
    }

    /**
     * Starts a mapping from the types every database stores natively.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder()
                .map(Long.class, Handlers.LONG, "BIGINT")
                .map(Integer.class, Handlers.INTEGER, "INTEGER")
                .map(Short.class, Handlers.SHORT, "SMALLINT")
                .map(Double.class, Handlers.DOUBLE, "DOUBLE PRECISION")
                .map(Float.class, Handlers.FLOAT, "REAL")
                .map(Boolean.class, Handlers.BOOLEAN, "BOOLEAN")
                .map(String.class, Handlers.STRING, "TEXT")
                .map(byte[].class, Handlers.BYTES, "BLOB")
                .map(BigDecimal.class, Handlers.DECIMAL, "DECIMAL(%p,%s)")
                .map(UUID.class, Handlers.UUID_AS_TEXT, "CHAR(36)")
                .map(LocalDate.class, Handlers.DATE_NATIVE, "DATE")
                .map(LocalDateTime.class, Handlers.DATETIME_NATIVE, "TIMESTAMP(6)")
                .instants(Handlers.INSTANT_AS_TIMESTAMPTZ, "TIMESTAMP(6) WITH TIME ZONE");
    }

    /**
     * Returns whether {@code javaType} is a column type on every database: the question a model's fields
     * answer when the model is read, before it meets a database.
     *
     * @param javaType a boxed Java type
     * @return true for the types of {@link #builder()} and enums
     */
    public static boolean isColumnType(Class<?> javaType) {
        return Standard.MAPPING.supports(javaType);
    }

    /** The mapping every dialect starts from, built on first use (after the handlers exist). */
    private static final class Standard {
        static final TypeMapping MAPPING = builder().build();
    }

    /**
     * Returns whether {@code javaType} can be stored.
     *
     * @param javaType a boxed Java type
     * @return true when a handler exists
     */
    public boolean supports(Class<?> javaType) {
        return types.containsKey(javaType) || javaType.isEnum();
    }

    /**
     * Returns the handler for values of a column of {@code javaType} declared with {@code precision} and
     * {@code scale} (which only decimals stored as sized text depend on).
     *
     * @param javaType a boxed Java type
     * @param precision the column's precision
     * @param scale the column's scale
     * @return the handler
     */
    public TypeHandler<?> handler(Class<?> javaType, int precision, int scale) {
        if (javaType == BigDecimal.class && sizedDecimals != null) {
            return decimalsBySize.computeIfAbsent(((long) precision << 32) | scale,
                    size -> sizedDecimals.apply(precision, scale));
        }
        return handler(javaType);
    }

    /**
     * Returns whether values of {@code javaType} are stored in a form that depends on the column's size,
     * so a value of it can be bound only against a column (not in a raw SQL fragment).
     *
     * @param javaType a boxed Java type
     * @return true for decimals on SQLite
     */
    public boolean storedBySize(Class<?> javaType) {
        return javaType == BigDecimal.class && sizedDecimals != null;
    }

    /**
     * Returns the handler for {@code javaType} whatever the column's size, or {@link Handlers#OBJECT} for a
     * type no column may have (used for values in raw SQL fragments).
     *
     * @param javaType a boxed Java type
     * @return the handler
     */
    public TypeHandler<?> handler(Class<?> javaType) {
        ColumnType type = types.get(javaType);
        if (type != null) {
            return type.handler();
        }
        if (javaType.isEnum()) {
            return enums.computeIfAbsent(javaType, TypeMapping::enumHandler);
        }
        return Handlers.OBJECT;
    }

    /**
     * Returns how a {@link LocalTime} is bound in raw SQL. No column holds one; raw SQL may compare with a
     * {@code TIME} column the user made.
     *
     * @return the handler
     */
    public TypeHandler<LocalTime> timeHandler() {
        return times;
    }

    /**
     * Returns the column type for {@code javaType} in CREATE TABLE.
     *
     * @param javaType a boxed Java type
     * @param precision a decimal's precision
     * @param scale a decimal's scale
     * @return the SQL type
     */
    public String ddl(Class<?> javaType, int precision, int scale) {
        ColumnType type = javaType.isEnum() ? types.get(String.class) : types.get(javaType);
        return type.ddl().replace("%p", Integer.toString(precision)).replace("%s", Integer.toString(scale));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static TypeHandler<?> enumHandler(Class<?> type) {
        return Handlers.enumByName((Class) type);
    }

    /** Collects type choices; later choices replace earlier ones. */
    public static final class Builder {
        private final Map<Class<?>, ColumnType> types = new HashMap<>();
        private BiFunction<Integer, Integer, TypeHandler<BigDecimal>> sizedDecimals;
        private TypeHandler<LocalTime> times = Handlers.TIME_NATIVE;

        private Builder() {
        }

        /**
         * Binds a {@link LocalTime} in raw SQL with {@code handler} (not a column type).
         *
         * @param handler how times are bound
         * @return this builder
         */
        public Builder times(TypeHandler<LocalTime> handler) {
            this.times = handler;
            return this;
        }

        /**
         * Stores {@code javaType} with {@code handler} in columns of type {@code ddl}.
         *
         * @param javaType the boxed Java type
         * @param handler the handler
         * @param ddl the column type
         * @param <T> the Java type
         * @return this builder
         */
        public <T> Builder map(Class<T> javaType, TypeHandler<? super T> handler, String ddl) {
            types.put(javaType, new ColumnType(handler, ddl));
            return this;
        }

        /**
         * Stores {@link Instant} with {@code handler}, and {@link OffsetDateTime} as that instant.
         *
         * @param handler how instants are stored
         * @param ddl the column type
         * @return this builder
         */
        public Builder instants(TypeHandler<Instant> handler, String ddl) {
            map(Instant.class, handler, ddl);
            return map(OffsetDateTime.class, Handlers.offsetDateTimeVia(handler), ddl);
        }

        /**
         * Stores {@link BigDecimal} with a handler made for each column's precision and scale.
         *
         * @param handlerOfSize makes the handler of a {@code (precision, scale)} column
         * @param ddl the column type
         * @return this builder
         */
        public Builder decimals(BiFunction<Integer, Integer, TypeHandler<BigDecimal>> handlerOfSize, String ddl) {
            this.sizedDecimals = handlerOfSize;
            return map(BigDecimal.class, Handlers.DECIMAL, ddl);
        }

        /**
         * Builds the mapping.
         *
         * @return the immutable mapping
         */
        public TypeMapping build() {
            return new TypeMapping(this);
        }
    }
}

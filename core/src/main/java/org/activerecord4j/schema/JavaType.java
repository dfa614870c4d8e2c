package org.activerecord4j.schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.activerecord4j.InvalidArgumentException;

/**
 * The Java types a model field may have, as the DDL writer sees them. A table description built from
 * sources names types by their spelling ({@link #forName(String)}); one built from classes by the class
 * ({@link #of(Class)}). Immutable and thread-safe.
 */
public enum JavaType {
    /** {@code Long} or {@code long}. */
    LONG(Long.class, "long"),
    /** {@code Integer} or {@code int}. */
    INTEGER(Integer.class, "int"),
    /** {@code Short} or {@code short}. */
    SHORT(Short.class, "short"),
    /** {@code String}. */
    STRING(String.class, null),
    /** {@code Boolean} or {@code boolean}. */
    BOOLEAN(Boolean.class, "boolean"),
    /** {@code Double} or {@code double}. */
    DOUBLE(Double.class, "double"),
    /** {@code Float} or {@code float}. */
    FLOAT(Float.class, "float"),
    /** {@code BigDecimal}, with a precision and a scale. */
    DECIMAL(BigDecimal.class, null),
    /** {@code LocalDate}. */
    LOCAL_DATE(LocalDate.class, null),
    /** {@code LocalDateTime}. */
    LOCAL_DATE_TIME(LocalDateTime.class, null),
    /** {@code Instant}. */
    INSTANT(Instant.class, null),
    /** {@code OffsetDateTime}, stored as its instant. */
    OFFSET_DATE_TIME(OffsetDateTime.class, null),
    /** {@code UUID}. */
    UUID(java.util.UUID.class, null),
    /** {@code byte[]}. */
    BYTES(byte[].class, null),
    /** Any enum, stored by constant name like a {@code String}. */
    ENUM(String.class, null);

    private final Class<?> storedAs;
    private final String primitive;

    JavaType(Class<?> storedAs, String primitive) {
        this.storedAs = storedAs;
        this.primitive = primitive;
    }

    /**
     * Returns the type of a field's class; primitives count as their boxes, every enum as {@link #ENUM}.
     *
     * @param type the field's class
     * @return its type
     * @throws InvalidArgumentException naming the class and the supported types when it has none
     */
    public static JavaType of(Class<?> type) {
        if (type.isEnum()) {
            return ENUM;
        }
        for (JavaType candidate : values()) {
            if (candidate != ENUM && (candidate.storedAs == type || type.getName().equals(candidate.primitive))) {
                return candidate;
            }
        }
        throw new InvalidArgumentException("Unsupported field type " + type.getName() + "; supported: " + supported());
    }

    /**
     * Returns the type a field's type is spelled as in source: {@code Long}, {@code long},
     * {@code java.lang.Long}, {@code BigDecimal}, {@code java.math.BigDecimal}, {@code byte[]}, …
     * An enum cannot be recognised by its spelling; the caller decides that.
     *
     * @param spelling the type as written
     * @return the type, or empty when the spelling names none of the supported non-enum types
     */
    public static Optional<JavaType> forName(String spelling) {
        String name = spelling.replace(" ", "");
        for (JavaType candidate : values()) {
            if (candidate == ENUM) {
                continue;
            }
            Class<?> type = candidate.storedAs;
            if (name.equals(type.getSimpleName()) || name.equals(type.getCanonicalName()) || name.equals(candidate.primitive)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the supported types as written in source, for messages.
     *
     * @return e.g. {@code Long, Integer, …, byte[], enums}
     */
    public static String supported() {
        return Arrays.stream(values()).filter(type -> type != ENUM).map(type -> type.storedAs.getSimpleName())
                .collect(Collectors.joining(", ")) + ", enums and the primitives of the numbers and Boolean";
    }

    /**
     * Returns the Java class whose column type a dialect declares for this type.
     *
     * @return the class; {@code String} for enums
     */
    public Class<?> storedAs() {
        return storedAs;
    }
}

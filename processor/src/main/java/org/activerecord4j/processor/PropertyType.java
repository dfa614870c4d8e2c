package org.activerecord4j.processor;

import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The three property classes of the query API, and which one a column of a given type gets: text
 * columns get {@code like} and friends, ordered values get range comparisons, anything else gets
 * equality and {@code in}.
 */
enum PropertyType {

    /** {@code StringProperty<M>}, for {@code String} columns. */
    STRING(CoreNames.STRING_PROPERTY),

    /** {@code ComparableProperty<M, V>}, for numbers, dates and times. */
    COMPARABLE(CoreNames.COMPARABLE_PROPERTY),

    /** {@code Property<M, V>}, for every other type. */
    PLAIN(CoreNames.PROPERTY);

    private static final Set<String> COMPARABLE_TYPES = Set.of(
            "java.lang.Long",
            "java.lang.Integer",
            "java.lang.Short",
            "java.lang.Double",
            "java.lang.Float",
            "java.math.BigDecimal",
            "java.time.LocalDate",
            "java.time.LocalDateTime",
            "java.time.Instant",
            "java.time.OffsetDateTime");

    private final String className;

    PropertyType(String className) {
        this.className = className;
    }

    /**
     * Chooses the property class for a column.
     *
     * @param boxedType the column's type, boxed if primitive
     * @return the property class its proxy field uses
     */
    static PropertyType of(TypeMirror boxedType) {
        if (boxedType.getKind() != TypeKind.DECLARED) {
            return PLAIN;
        }
        String name = ((TypeElement) ((DeclaredType) boxedType).asElement()).getQualifiedName().toString();
        if (name.equals("java.lang.String")) {
            return STRING;
        }
        return COMPARABLE_TYPES.contains(name) ? COMPARABLE : PLAIN;
    }

    /**
     * Writes the declared type of a proxy field.
     *
     * @param modelName the model's canonical name
     * @param valueType the column's boxed type as source text
     * @return e.g. {@code org.activerecord4j.query.ComparableProperty<pkg.User, java.lang.Long>}
     */
    String declaration(String modelName, String valueType) {
        return this == STRING
                ? className + "<" + modelName + ">"
                : className + "<" + modelName + ", " + valueType + ">";
    }

    /**
     * Returns the class to instantiate, with a diamond.
     *
     * @return e.g. {@code org.activerecord4j.query.StringProperty<>}
     */
    String instantiation() {
        return className + "<>";
    }
}

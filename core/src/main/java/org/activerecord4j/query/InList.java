package org.activerecord4j.query;

import java.util.List;
import java.util.Objects;

/**
 * {@code column [NOT] IN (values…)}; an empty list matches no row (or, negated, every row). Immutable.
 *
 * @param property the column
 * @param values the values, none of them null
 * @param negated true for {@code NOT IN}
 */
public record InList(Property<?, ?> property, List<?> values, boolean negated) implements Condition {

    /**
     * Checks the parts and copies the values.
     *
     * @param property the column
     * @param values the values, none of them null
     * @param negated true for {@code NOT IN}
     * @throws NullPointerException when the property, the list or a value is null
     */
    public InList {
        Objects.requireNonNull(property, "property");
        values = List.copyOf(values);
    }
}

package org.activerecord4j.query;

import java.util.Objects;

/**
 * {@code column IS [NOT] NULL}. Immutable.
 *
 * @param property the column
 * @param negated true for {@code IS NOT NULL}
 */
public record NullTest(Property<?, ?> property, boolean negated) implements Condition {

    /**
     * Checks the parts.
     *
     * @param property the column
     * @param negated true for {@code IS NOT NULL}
     * @throws NullPointerException when the property is null
     */
    public NullTest {
        Objects.requireNonNull(property, "property");
    }
}

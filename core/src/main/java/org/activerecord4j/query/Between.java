package org.activerecord4j.query;

import java.util.Objects;

/**
 * {@code column BETWEEN low AND high}, both ends included. Immutable.
 *
 * @param property the column
 * @param low the lower bound, not null
 * @param high the upper bound, not null
 */
public record Between(Property<?, ?> property, Object low, Object high) implements Condition {

    /**
     * Checks the parts.
     *
     * @param property the column
     * @param low the lower bound, not null
     * @param high the upper bound, not null
     * @throws NullPointerException when a part is null
     */
    public Between {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
    }
}

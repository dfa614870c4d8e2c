package org.activerecord4j.query;

import java.util.Objects;

/**
 * {@code NOT (condition)}. Immutable.
 *
 * @param condition the negated condition
 */
public record Not(Condition condition) implements Condition {

    /**
     * Checks the part.
     *
     * @param condition the negated condition
     * @throws NullPointerException when the condition is null
     */
    public Not {
        Objects.requireNonNull(condition, "condition");
    }
}

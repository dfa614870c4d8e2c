package org.activerecord4j.query;

import java.util.List;

/**
 * {@code (a OR b OR …)}; false when empty. Immutable.
 *
 * @param parts the conditions, none null
 */
public record AnyOf(List<Condition> parts) implements Condition {

    /**
     * Copies the parts.
     *
     * @param parts the conditions, none null
     * @throws NullPointerException when the list or a part is null
     */
    public AnyOf {
        parts = List.copyOf(parts);
    }
}

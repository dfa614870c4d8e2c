package org.activerecord4j.query;

import java.util.List;

/**
 * {@code (a AND b AND …)}; true when empty. Immutable.
 *
 * @param parts the conditions, none null
 */
public record AllOf(List<Condition> parts) implements Condition {

    /**
     * Copies the parts.
     *
     * @param parts the conditions, none null
     * @throws NullPointerException when the list or a part is null
     */
    public AllOf {
        parts = List.copyOf(parts);
    }
}

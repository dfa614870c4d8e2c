package org.activerecord4j.query;

import java.util.Objects;

/**
 * One term of an {@code ORDER BY}: a column and a direction, made with {@link Property#asc()} or
 * {@link Property#desc()}. NULLs sort as the smallest value on every database: first ascending, last descending.
 *
 * <pre>{@code
 * User.query().orderBy(User.c.name.asc(), User.c.id.desc()).all();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param property the column to sort by
 * @param ascending true for ascending, false for descending
 */
public record Order(Property<?, ?> property, boolean ascending) {

    /**
     * Creates an order term.
     *
     * @param property the column to sort by
     * @param ascending true for ascending, false for descending
     */
    public Order {
        Objects.requireNonNull(property, "property");
    }

    @Override
    public String toString() {
        return property + (ascending ? " ASC" : " DESC");
    }
}

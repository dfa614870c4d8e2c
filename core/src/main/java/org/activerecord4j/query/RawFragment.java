package org.activerecord4j.query;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.activerecord4j.internal.runtime.Fragments;

/**
 * A hand-written SQL condition with {@code ?} placeholders and the values they bind. It must be one
 * condition: text with a statement separator ({@code ;}), unbalanced parentheses, an unclosed quote or
 * comment, or a line comment is refused when it is made, and again, with the lexical rules of the database,
 * before it runs. A {@code ?} inside quotes or comments is not a placeholder. Immutable.
 *
 * @param sql the fragment
 * @param values one value per placeholder, possibly null
 */
public record RawFragment(String sql, List<Object> values) implements Condition {

    /**
     * Checks the fragment and copies the values.
     *
     * @param sql the fragment
     * @param values one value per placeholder, possibly null
     * @throws NullPointerException when {@code sql} is null
     * @throws org.activerecord4j.UnsafeSqlException when the fragment is refused, or its placeholders and
     *     values differ in number
     */
    public RawFragment {
        Objects.requireNonNull(sql, "sql");
        Object[] checked = Fragments.check(sql, values.toArray());
        values = Collections.unmodifiableList(Arrays.asList(checked));
    }

    /**
     * Creates a fragment from values given as varargs; a null array stands for one null value.
     *
     * @param sql the fragment
     * @param values the values
     */
    RawFragment(String sql, Object[] values) {
        this(sql, values == null ? Arrays.asList((Object) null) : Arrays.asList(values.clone()));
    }
}

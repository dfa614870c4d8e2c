package org.activerecord4j.query;

import java.util.List;
import java.util.Objects;
import org.activerecord4j.internal.sql.SqlBuilder;

/**
 * A boolean SQL expression used in {@code where(...)}: built from a model's field proxy
 * ({@code User.c.name.eq("Ann")}), from a raw fragment ({@link #raw(String, Object...)}), or by
 * combining other conditions with {@link #and}, {@link #or} and {@link #not}.
 *
 * <pre>{@code
 * Condition adults = User.c.age.ge(18).and(User.c.name.isNotNull());
 * Condition either = Condition.or(User.c.name.eq("Ann"), User.c.name.eq("Bob"));
 * }</pre>
 *
 * <p>Every value a condition carries is sent to the database as a bound parameter. Conditions are
 * immutable and thread-safe.
 */
public interface Condition {

    /**
     * Writes this condition's SQL into {@code sql}, binding its values. This is the hook the query
     * renderer uses; applications do not call it.
     *
     * @param sql the statement being built
     */
    void appendTo(SqlBuilder sql);

    /**
     * Returns a condition that holds when both this one and {@code other} hold.
     *
     * @param other the second condition
     * @return {@code (this AND other)}
     */
    default Condition and(Condition other) {
        return and(this, other);
    }

    /**
     * Returns a condition that holds when this one or {@code other} holds.
     *
     * @param other the alternative condition
     * @return {@code (this OR other)}
     */
    default Condition or(Condition other) {
        return or(this, other);
    }

    /**
     * Returns the negation of this condition.
     *
     * @return {@code NOT (this)}
     */
    default Condition not() {
        return not(this);
    }

    /**
     * Returns a condition that holds when all of {@code conditions} hold (true when none are given).
     *
     * @param conditions the conditions to combine
     * @return their conjunction
     */
    static Condition and(Condition... conditions) {
        return new Conditions.Junction("AND", List.of(conditions));
    }

    /**
     * Returns a condition that holds when any of {@code conditions} holds (false when none are given).
     *
     * @param conditions the conditions to combine
     * @return their disjunction
     */
    static Condition or(Condition... conditions) {
        return new Conditions.Junction("OR", List.of(conditions));
    }

    /**
     * Returns the negation of {@code condition}.
     *
     * @param condition the condition to negate
     * @return {@code NOT (condition)}
     */
    static Condition not(Condition condition) {
        Objects.requireNonNull(condition, "condition");
        return sql -> {
            sql.append("NOT (");
            condition.appendTo(sql);
            sql.append(")");
        };
    }

    /**
     * Returns a raw SQL fragment with {@code ?} placeholders, one per value. The fragment is written
     * as given, so identifiers in it are not checked; values are always bound.
     *
     * <pre>{@code
     * User.query().where(Condition.raw("age > ? AND age < ?", 18, 65)).all();
     * }</pre>
     *
     * @param sql the fragment, with one {@code ?} per value
     * @param values the values to bind, in order
     * @return the condition
     * @throws IllegalArgumentException when the number of {@code ?} differs from the number of values
     */
    static Condition raw(String sql, Object... values) {
        return new Conditions.Raw(sql, values);
    }
}

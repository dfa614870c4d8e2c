package org.activerecord4j.query;

import java.util.List;
import java.util.Objects;

/**
 * A boolean SQL expression used in {@code where(...)}, as data: built from a model's field proxy
 * ({@code User.c.name.eq("Ann")}), from a raw fragment ({@link #raw(String, Object...)}), or by combining
 * other conditions with {@link #and}, {@link #or} and {@link #not}. activerecord4j renders it for the
 * database the query runs on; every value it carries is sent as a bound parameter.
 *
 * <pre>{@code
 * Condition adults = User.c.age.ge(18).and(User.c.name.isNotNull());
 * Condition either = Condition.or(User.c.name.eq("Ann"), User.c.name.eq("Bob"));
 * }</pre>
 *
 * <p>The shapes are the records that implement it; all are immutable and thread-safe.
 */
public sealed interface Condition permits Comparison, InList, Between, Like, NullTest, AllOf, AnyOf, Not, RawFragment {

    /**
     * Returns a condition that holds when both this one and {@code other} hold.
     *
     * @param other the second condition
     * @return {@code (this AND other)}
     * @throws NullPointerException when {@code other} is null
     */
    default Condition and(Condition other) {
        return and(this, other);
    }

    /**
     * Returns a condition that holds when this one or {@code other} holds.
     *
     * @param other the alternative condition
     * @return {@code (this OR other)}
     * @throws NullPointerException when {@code other} is null
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
     * @throws NullPointerException when one of them is null
     */
    static Condition and(Condition... conditions) {
        return new AllOf(List.of(conditions));
    }

    /**
     * Returns a condition that holds when any of {@code conditions} holds (false when none are given).
     *
     * @param conditions the conditions to combine
     * @return their disjunction
     * @throws NullPointerException when one of them is null
     */
    static Condition or(Condition... conditions) {
        return new AnyOf(List.of(conditions));
    }

    /**
     * Returns the negation of {@code condition}.
     *
     * @param condition the condition to negate
     * @return {@code NOT (condition)}
     * @throws NullPointerException when {@code condition} is null
     */
    static Condition not(Condition condition) {
        return new Not(Objects.requireNonNull(condition, "condition"));
    }

    /**
     * Returns a raw SQL fragment with {@code ?} placeholders, one per value. The fragment is written as
     * given, so identifiers in it are not checked; values are always bound. It must be one condition (see
     * {@link RawFragment}).
     *
     * <pre>{@code
     * User.query().where(Condition.raw("age > ? AND age < ?", 18, 65)).all();
     * }</pre>
     *
     * @param sql the fragment, with one {@code ?} per value
     * @param values the values to bind, in order
     * @return the condition
     * @throws org.activerecord4j.UnsafeSqlException when the fragment is refused or the number of {@code ?}
     *     differs from the number of values
     */
    static Condition raw(String sql, Object... values) {
        return new RawFragment(sql, values);
    }
}

package org.activerecord4j.query;

import org.activerecord4j.InvalidArgumentException;

/**
 * A typed column whose values have an order (numbers, dates, times), adding range comparisons to
 * {@link Property}.
 *
 * <pre>{@code
 * Order.query().where(Order.c.total.between(new BigDecimal("10"), new BigDecimal("99.99"))).all();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <M> the model the column belongs to
 * @param <V> the Java type of the column's values
 */
public class ComparableProperty<M, V extends Comparable<? super V>> extends Property<M, V> {

    /**
     * Creates a property for the field {@code name} of {@code model}.
     *
     * @param model the model class
     * @param name the Java field name
     */
    public ComparableProperty(Class<M> model, String name) {
        super(model, name);
    }

    /**
     * {@code column > value}.
     *
     * @param value the bound, not null
     * @return the condition
     */
    public final Condition gt(V value) {
        return compare(Comparison.Operator.GREATER, value);
    }

    /**
     * {@code column >= value}.
     *
     * @param value the bound, not null
     * @return the condition
     */
    public final Condition ge(V value) {
        return compare(Comparison.Operator.GREATER_OR_EQUAL, value);
    }

    /**
     * {@code column < value}.
     *
     * @param value the bound, not null
     * @return the condition
     */
    public final Condition lt(V value) {
        return compare(Comparison.Operator.LESS, value);
    }

    /**
     * {@code column <= value}.
     *
     * @param value the bound, not null
     * @return the condition
     */
    public final Condition le(V value) {
        return compare(Comparison.Operator.LESS_OR_EQUAL, value);
    }

    /**
     * {@code column BETWEEN low AND high}, both ends included.
     *
     * @param low the lower bound, not null
     * @param high the upper bound, not null
     * @return the condition
     */
    public final Condition between(V low, V high) {
        requireValue("BETWEEN", low);
        requireValue("BETWEEN", high);
        return new Between(this, low, high);
    }

    private Condition compare(Comparison.Operator operator, V value) {
        requireValue(operator.sql(), value);
        return new Comparison(this, operator, value);
    }

    private void requireValue(String operator, V value) {
        if (value == null) {
            throw new InvalidArgumentException("Null bound for " + this + " " + operator
                    + ": SQL comparisons with null match no row; use isNull() or isNotNull()");
        }
    }
}

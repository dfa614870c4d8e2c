package org.activerecord4j.internal.sql;

import java.util.List;
import org.activerecord4j.query.Condition;
import org.activerecord4j.query.Order;

/**
 * The parts of a SELECT over one model. Immutable.
 *
 * @param scope the rows of one owner's relation, or null for all rows
 * @param conditions ANDed together (and with the scope)
 * @param orders the caller's ORDER BY terms (see {@link #sortTerms()})
 * @param limit the row limit, or null
 * @param offset rows to skip, or null
 */
public record SelectSpec(RowsOf scope, List<Condition> conditions, List<Order> orders, Integer limit, Integer offset) {

    /** A SELECT of every row, in no particular order. */
    public static final SelectSpec ALL = new SelectSpec(null, List.of(), List.of(), null, null);

    /**
     * Returns the terms the select sorts by: its own, then, for the rows of one owner's relation, the relation's
     * order, which so only breaks the ties of an order the caller gave (as a {@code with(...)} filter's order does).
     *
     * @return the ORDER BY terms, possibly none
     */
    public List<Order> sortTerms() {
        return scope == null ? orders : concat(orders, scope.relation().order());
    }

    /**
     * Returns this spec with one more condition.
     *
     * @param condition the condition
     * @return the new spec
     */
    public SelectSpec where(Condition condition) {
        return new SelectSpec(scope, append(conditions, condition), orders, limit, offset);
    }

    /**
     * Returns this spec with more sort terms, after those it has.
     *
     * @param more the terms
     * @return the new spec
     */
    public SelectSpec orderBy(List<Order> more) {
        return new SelectSpec(scope, conditions, concat(orders, more), limit, offset);
    }

    /**
     * Returns this spec with another limit.
     *
     * @param newLimit the limit, or null
     * @return the new spec
     */
    public SelectSpec limit(Integer newLimit) {
        return new SelectSpec(scope, conditions, orders, newLimit, offset);
    }

    /**
     * Returns this spec with another offset.
     *
     * @param newOffset the offset, or null
     * @return the new spec
     */
    public SelectSpec offset(Integer newOffset) {
        return new SelectSpec(scope, conditions, orders, limit, newOffset);
    }

    /**
     * Returns this spec limited to the rows of one owner's relation.
     *
     * @param rows the rows
     * @return the new spec
     */
    public SelectSpec scope(RowsOf rows) {
        return new SelectSpec(rows, conditions, orders, limit, offset);
    }

    private static <E> List<E> append(List<E> list, E element) {
        return concat(list, List.of(element));
    }

    private static <E> List<E> concat(List<E> first, List<E> second) {
        if (second.isEmpty()) {
            return first;
        }
        java.util.ArrayList<E> all = new java.util.ArrayList<>(first.size() + second.size());
        all.addAll(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}

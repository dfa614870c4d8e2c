package org.activerecord4j.internal.sql;

import java.util.List;
import org.activerecord4j.query.Condition;
import org.activerecord4j.query.Order;

/**
 * The parts of a SELECT over one model. Immutable.
 *
 * @param conditions ANDed together
 * @param orders ORDER BY terms
 * @param limit the row limit, or null
 * @param offset rows to skip, or null
 */
public record SelectSpec(List<Condition> conditions, List<Order> orders, Integer limit, Integer offset) {

    /** A SELECT of every row, in no particular order. */
    public static final SelectSpec ALL = new SelectSpec(List.of(), List.of(), null, null);
}

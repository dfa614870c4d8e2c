package org.activerecord4j.internal.load;

import org.activerecord4j.InvalidArgumentException;
import org.activerecord4j.internal.model.BoundRelation;
import org.activerecord4j.internal.sql.SelectSpec;

/**
 * One relation step of an eager load: the relation, the filter of its own query and the steps below it.
 *
 * @param relation the relation loaded at this step
 * @param filter conditions, order, limit and offset for this step's rows, or null for all of them
 * @param children the steps that continue from this relation's targets
 */
public record EagerNode(BoundRelation relation, SelectSpec filter, EagerPlan children) {

    /**
     * Returns this step combined with another for the same relation: the filter given by either (or by both,
     * the same), the children of both.
     *
     * @param other a step for the same relation
     * @return the combined step
     * @throws InvalidArgumentException when both have a filter and the two differ (one that keeps every row
     *     is none: see {@code QuerySpec.with(String, QuerySpec)})
     */
    EagerNode merge(EagerNode other) {
        if (filter != null && other.filter != null && !filter.equals(other.filter)) {
            throw new InvalidArgumentException("Two filters given for eager-loaded relation " + relation
                    + "; combine them into one with(path, filter)");
        }
        return new EagerNode(relation, filter != null ? filter : other.filter, children.merge(other.children));
    }
}

package org.activerecord4j.internal.load;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activerecord4j.internal.model.BoundRelation;
import org.activerecord4j.internal.sql.SelectSpec;

/**
 * The relations a query loads with its rows: a tree of {@link EagerNode} steps by relation name, in
 * the order they were first named. Immutable and thread-safe.
 */
public final class EagerPlan {

    private static final EagerPlan NONE = new EagerPlan(Map.of());

    private final Map<String, EagerNode> nodes;

    private EagerPlan(Map<String, EagerNode> nodes) {
        this.nodes = nodes;
    }

    /**
     * Returns the plan that loads nothing.
     *
     * @return the empty plan
     */
    public static EagerPlan none() {
        return NONE;
    }

    /**
     * Returns the plan of one path.
     *
     * @param steps the relations of the path, from the query's model on
     * @param filter the filter of the last step, or null
     * @param below steps that continue from the last step (a filter's own {@code with(...)})
     * @return the plan
     */
    public static EagerPlan path(List<BoundRelation> steps, SelectSpec filter, EagerPlan below) {
        EagerPlan plan = below;
        SelectSpec stepFilter = filter;
        for (int i = steps.size() - 1; i >= 0; i--) {
            BoundRelation relation = steps.get(i);
            plan = new EagerPlan(Map.of(relation.name(), new EagerNode(relation, stepFilter, plan)));
            stepFilter = null;
        }
        return plan;
    }

    /**
     * Returns the union of this plan and {@code other}; a step named by both is one step.
     *
     * @param other another plan over the same model
     * @return the union
     * @throws IllegalArgumentException when both give a filter for the same step
     */
    public EagerPlan merge(EagerPlan other) {
        if (other.nodes.isEmpty()) {
            return this;
        }
        if (nodes.isEmpty()) {
            return other;
        }
        Map<String, EagerNode> merged = new LinkedHashMap<>(nodes);
        for (EagerNode node : other.nodes.values()) {
            merged.merge(node.relation().name(), node, EagerNode::merge);
        }
        return new EagerPlan(Collections.unmodifiableMap(merged));
    }

    /**
     * Returns whether the plan loads nothing.
     *
     * @return true when empty
     */
    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    /**
     * Returns the first steps.
     *
     * @return the steps, in the order first named
     */
    public Collection<EagerNode> nodes() {
        return nodes.values();
    }

    @Override
    public String toString() {
        return nodes.toString();
    }
}

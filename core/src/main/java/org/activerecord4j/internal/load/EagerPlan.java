package org.activerecord4j.internal.load;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.activerecord4j.InvalidArgumentException;
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
     * Refuses a plan that loads one relation on two paths with different filters (or with a filter on one of them
     * only), e.g. {@code Post}'s {@code "comments"} filtered and {@code "author.posts.comments"} not: within one load a
     * row is one instance, so a record both paths reach would hold the rows of one of them only, and which one would
     * depend on the order of the paths.
     *
     * @return this plan
     * @throws InvalidArgumentException naming the relation, both paths and the fix
     */
    public EagerPlan checkOneFilterPerRelation() {
        if (filtered(this)) {   // unfiltered paths, the common case, cannot disagree
            check(this, "", new IdentityHashMap<>());
        }
        return this;
    }

    private static boolean filtered(EagerPlan plan) {
        for (EagerNode node : plan.nodes()) {
            if (node.filter() != null || filtered(node.children())) {
                return true;
            }
        }
        return false;
    }

    /** A relation's first step met in the plan: its path and its filter. */
    private record Step(String path, SelectSpec filter) {
    }

    private static void check(EagerPlan plan, String prefix, Map<BoundRelation, Step> seen) {
        for (EagerNode node : plan.nodes()) {
            BoundRelation relation = node.relation();
            String path = prefix.isEmpty() ? relation.name() : prefix + "." + relation.name();
            Step first = seen.putIfAbsent(relation, new Step(path, node.filter()));
            if (first != null && !Objects.equals(first.filter(), node.filter())) {
                throw new InvalidArgumentException("Two filters given for eager-loaded relation " + relation + ", at \""
                        + first.path() + "\" and at \"" + path + "\"; a " + relation.owner().name() + " that both paths reach"
                        + " is one instance and holds the rows of one of them: give both paths the same filter (or none)");
            }
            check(node.children(), path, seen);
        }
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

package org.activerecord4j.internal.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.activerecord4j.InvalidArgumentException;
import org.activerecord4j.internal.load.EagerPaths;
import org.activerecord4j.internal.load.EagerPlan;
import org.activerecord4j.internal.load.Loads;
import org.activerecord4j.internal.model.BoundRelation;
import org.activerecord4j.internal.model.ColumnInfo;
import org.activerecord4j.internal.model.ModelInfo;
import org.activerecord4j.internal.model.ModelRelations;
import org.activerecord4j.internal.sql.ConditionRenderer;
import org.activerecord4j.internal.sql.SelectSpec;
import org.activerecord4j.internal.sql.SqlStatement;
import org.activerecord4j.query.Condition;
import org.activerecord4j.query.Order;
import org.activerecord4j.query.Property;

/**
 * What a public {@code Query} says, as one immutable value: the model, the select (conditions, order,
 * limit, offset, a relation's scope), the relations to load with it, and its strict-loading setting. Every
 * refinement checks its input against the model and returns a new spec; the terminals hand it to the
 * loading layer. Immutable and thread-safe.
 *
 * @param <T> the model
 */
public final class QuerySpec<T> {

    private final ModelInfo<T> model;
    private final SelectSpec select;
    private final EagerPlan plan;
    private final Boolean strict;

    private QuerySpec(ModelInfo<T> model, SelectSpec select, EagerPlan plan, Boolean strict) {
        this.model = model;
        this.select = select;
        this.plan = plan;
        this.strict = strict;
    }

    /**
     * Starts a spec of every row of {@code type}, checking the model and its relations.
     *
     * @param type the model class
     * @param <T> the model
     * @return the spec
     * @throws org.activerecord4j.ModelDefinitionException when the class cannot be mapped
     * @throws org.activerecord4j.RelationDefinitionException when one of its relations is declared wrongly
     */
    public static <T> QuerySpec<T> of(Class<T> type) {
        ModelInfo<T> model = ModelInfo.of(type);
        ModelRelations.of(type);
        return new QuerySpec<>(model, SelectSpec.ALL, EagerPlan.none(), null);
    }

    static <T> QuerySpec<T> of(ModelInfo<T> model, SelectSpec select) {
        return new QuerySpec<>(model, select, EagerPlan.none(), null);
    }

    /** @return the model class */
    public Class<T> type() {
        return model.type();
    }

    /** @return the model's simple name */
    public String modelName() {
        return model.name();
    }

    /**
     * Returns this spec with one more condition.
     *
     * @param condition the condition
     * @return the new spec
     */
    public QuerySpec<T> where(Condition condition) {
        return refine(select.where(condition));
    }

    /**
     * Returns this spec with the condition {@code column = value} ({@code IS NULL} for null).
     *
     * @param column a column or field name
     * @param value the value
     * @return the new spec
     * @throws org.activerecord4j.UnknownColumnException naming the model's columns
     */
    public QuerySpec<T> whereEq(String column, Object value) {
        return where(property(column).eq(value));
    }

    /**
     * Returns this spec sorted by more terms, each checked to be a column of the model.
     *
     * @param orders the terms
     * @return the new spec
     * @throws InvalidArgumentException for a column of another model
     */
    public QuerySpec<T> orderBy(List<Order> orders) {
        for (Order order : orders) {
            if (order.property().model() != model.type()) {
                throw new InvalidArgumentException("Cannot order a query over " + model.name() + " by " + order.property()
                        + "; use " + model.name() + "'s own columns");
            }
        }
        return refine(select.orderBy(List.copyOf(orders)));
    }

    /**
     * Returns this spec sorted by a column named by string, optionally followed by {@code ASC} or {@code DESC}.
     *
     * @param column e.g. {@code "created_at DESC"}
     * @return the new spec
     * @throws InvalidArgumentException when the text is not a column optionally followed by a direction
     * @throws org.activerecord4j.UnknownColumnException naming the model's columns
     */
    public QuerySpec<T> orderBy(String column) {
        if (column == null) {
            throw new InvalidArgumentException("orderBy(column) on " + model.name() + " needs a column name but was null; "
                    + "known columns: " + model.columnNames());
        }
        String[] parts = column.trim().split("\\s+");
        String direction = parts.length > 1 ? parts[1].toUpperCase(Locale.ROOT) : "ASC";
        if (parts.length > 2 || !(direction.equals("ASC") || direction.equals("DESC"))) {
            throw new InvalidArgumentException("Cannot order " + model.name() + " by '" + column
                    + "'; expected a column name optionally followed by ASC or DESC");
        }
        Property<T, Object> property = property(parts[0]);
        return orderBy(List.of(direction.equals("ASC") ? property.asc() : property.desc()));
    }

    /**
     * Returns this spec with a row limit.
     *
     * @param limit zero or more
     * @return the new spec
     * @throws InvalidArgumentException when negative
     */
    public QuerySpec<T> limit(int limit) {
        if (limit < 0) {
            throw new InvalidArgumentException("limit must be zero or more but was " + limit);
        }
        return refine(select.limit(limit));
    }

    /**
     * Returns this spec skipping rows.
     *
     * @param offset zero or more
     * @return the new spec
     * @throws InvalidArgumentException when negative
     */
    public QuerySpec<T> offset(int offset) {
        if (offset < 0) {
            throw new InvalidArgumentException("offset must be zero or more but was " + offset);
        }
        return refine(select.offset(offset));
    }

    /**
     * Returns this spec loading more relation paths with its records.
     *
     * @param paths relation paths from the model, e.g. {@code "posts.comments"}
     * @return the new spec
     * @throws org.activerecord4j.RelationNotFoundException naming the model, the bad segment and the relations there
     * @throws InvalidArgumentException when a path loads a relation that another path loads filtered
     */
    public QuerySpec<T> with(String... paths) {
        EagerPlan merged = plan;
        for (String path : paths) {
            merged = merged.merge(EagerPlan.path(EagerPaths.resolve(model, path), null, EagerPlan.none()));
        }
        return new QuerySpec<>(model, select, merged.checkOneFilterPerRelation(), strict);
    }

    /**
     * Returns the spec a filter of {@code with(path, filter)} refines: every row of the path's last model.
     *
     * @param path a relation path from this spec's model
     * @return the spec of the last step's rows
     * @throws org.activerecord4j.RelationNotFoundException when the path is invalid
     */
    public QuerySpec<?> filterBase(String path) {
        List<BoundRelation> steps = EagerPaths.resolve(model, path);
        return of(steps.get(steps.size() - 1).target(), SelectSpec.ALL);
    }

    /**
     * Returns this spec loading {@code path}, its last step filtered by {@code filter}.
     *
     * @param path a relation path from this spec's model
     * @param filter the spec the filter returned, which must be over the last step's model
     * @return the new spec
     * @throws InvalidArgumentException when the filter is over another model, sets strict loading, names columns
     *     of another model, or restricts rows of a path (or of a relation on another path) that another filter
     *     restricts otherwise
     */
    public QuerySpec<T> with(String path, QuerySpec<?> filter) {
        List<BoundRelation> steps = EagerPaths.resolve(model, path);
        ModelInfo<?> target = steps.get(steps.size() - 1).target();
        if (filter == null || filter.model != target) {
            throw new InvalidArgumentException("The filter of with(\"" + path + "\") on " + model.name()
                    + " must return a query over " + target.name() + " but returned "
                    + (filter == null ? "null" : "a query over " + filter.model.name()));
        }
        if (filter.strict != null) {
            // Strict loading is set where it holds for every record a load reads, not for one path's rows.
            throw new InvalidArgumentException("The filter of with(\"" + path + "\") on " + model.name() + " calls strict("
                    + filter.strict + "), which a filter cannot: it filters, orders and limits the rows of " + target.name()
                    + " and loads below them; set strict loading on the query (" + model.name() + ".query().strict("
                    + filter.strict + ")), on the model (@StrictLoading on " + target.name() + ") or on the database");
        }
        filter.checkColumns();
        // A filter that keeps every row in the relation's order (q -> q, or one that only loads below) is no filter.
        SelectSpec rows = filter.select.equals(SelectSpec.ALL) ? null : filter.select;
        return new QuerySpec<>(model, select, plan.merge(EagerPlan.path(steps, rows, filter.plan)).checkOneFilterPerRelation(),
                strict);
    }

    /**
     * Returns this spec with a strict-loading setting.
     *
     * @param strictLoading true or false
     * @return the new spec
     */
    public QuerySpec<T> strict(boolean strictLoading) {
        return new QuerySpec<>(model, select, plan, strictLoading);
    }

    /** @return every matching record */
    public List<T> all() {
        return Loads.all(model, select, plan, strict);
    }

    /** @return the only matching record, or null */
    public T one() {
        return Loads.one(model, select, plan, strict);
    }

    /** @return the only matching record */
    public T oneOrThrow() {
        return Loads.oneOrThrow(model, select, plan, strict);
    }

    /** @return the first record in the spec's order (by key when none), or null */
    public T first() {
        return Loads.first(model, select, plan, strict);
    }

    /** @return the number of matching rows */
    public long count() {
        return Loads.count(model, select);
    }

    /** @return whether any row matches */
    public boolean exists() {
        return Loads.exists(model, select);
    }

    /**
     * Streams the matching records.
     *
     * @param fetchSize rows per round trip, at least 1
     * @return the self-closing stream
     * @throws InvalidArgumentException when {@code fetchSize} is below 1
     */
    public Stream<T> stream(int fetchSize) {
        return Loads.stream(model, select, plan, strict, checkedFetchSize(fetchSize));
    }

    /**
     * Checks a stream's fetch size.
     *
     * @param fetchSize rows per round trip
     * @return {@code fetchSize}
     * @throws InvalidArgumentException when it is below 1
     */
    public static int checkedFetchSize(int fetchSize) {
        if (fetchSize < 1) {
            throw new InvalidArgumentException("fetchSize must be at least 1 but was " + fetchSize);
        }
        return fetchSize;
    }

    /** @return the SQL the spec runs on the database its model uses now */
    public String sql() {
        return statement().sql();
    }

    /** @return the values the spec binds, in order */
    public List<Object> parameters() {
        return statement().values();
    }

    private SqlStatement statement() {
        return Loads.statement(model, select);
    }

    /** Checks that every column the select names belongs to the model, without rendering it. */
    private void checkColumns() {
        List<Property<?, ?>> properties = new ArrayList<>();
        select.conditions().forEach(condition -> properties.addAll(ConditionRenderer.properties(condition)));
        select.orders().forEach(order -> properties.add(order.property()));
        for (Property<?, ?> property : properties) {
            if (property.model() != model.type()) {
                throw new InvalidArgumentException("Column " + property + " used in a query over " + model.name()
                        + "; use " + model.name() + "'s own columns (" + model.name() + ".c)");
            }
            model.propertyColumn(property.name());
        }
    }

    private QuerySpec<T> refine(SelectSpec newSelect) {
        return new QuerySpec<>(model, newSelect, plan, strict);
    }

    private Property<T, Object> property(String column) {
        ColumnInfo info = model.column(column);
        return new Property<>(model.type(), info.fieldName());
    }

    @Override
    public String toString() {
        return model.name() + ": " + sql();
    }
}

package org.activerecord4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.activerecord4j.internal.dialect.Dialects;
import org.activerecord4j.internal.eager.EagerLoader;
import org.activerecord4j.internal.eager.EagerPaths;
import org.activerecord4j.internal.eager.EagerPlan;
import org.activerecord4j.internal.jdbc.ClosingStreams;
import org.activerecord4j.internal.jdbc.Cursor;
import org.activerecord4j.internal.jdbc.Engine;
import org.activerecord4j.internal.jdbc.Routing;
import org.activerecord4j.internal.meta.ColumnInfo;
import org.activerecord4j.internal.meta.ModelInfo;
import org.activerecord4j.internal.persist.CursorRecords;
import org.activerecord4j.internal.persist.Hydrator;
import org.activerecord4j.internal.relation.BoundRelation;
import org.activerecord4j.internal.relation.StrictLoads;
import org.activerecord4j.internal.sql.SelectRenderer;
import org.activerecord4j.internal.sql.SelectSpec;
import org.activerecord4j.internal.sql.SqlStatement;
import org.activerecord4j.query.Condition;
import org.activerecord4j.query.Order;
import org.activerecord4j.query.Property;

/**
 * A query over one model. Each refining method returns a new query, so a query can be kept and
 * reused; nothing runs until a terminal method ({@link #all()}, {@link #one()}, {@link #first()},
 * {@link #count()}, {@link #exists()}, {@link #stream()}).
 *
 * <pre>{@code
 * List<User> page = User.query()
 *         .where(User.c.name.startsWith("A"))
 *         .where("age > ?", 18)
 *         .orderBy(User.c.name.asc())
 *         .limit(20).offset(40)
 *         .all();
 *
 * List<User> withPosts = User.query().with("posts.comments").all();   // 3 statements; see with(String...)
 * }</pre>
 *
 * <p>Immutable and thread-safe; the records it returns are not.
 *
 * @param <T> the model
 */
public final class Query<T extends ActiveRecord<T>> {

    private static final int DEFAULT_FETCH_SIZE = 1_000;

    private final ModelInfo<T> model;
    private final SelectSpec spec;
    private final EagerPlan plan;
    private final Boolean strict;

    Query(ModelInfo<T> model, SelectSpec spec) {
        this(model, spec, EagerPlan.none(), null);
    }

    private Query(ModelInfo<T> model, SelectSpec spec, EagerPlan plan, Boolean strict) {
        this.model = model;
        this.spec = spec;
        this.plan = plan;
        this.strict = strict;
    }

    /**
     * Keeps the rows that match {@code condition}; several {@code where} calls are ANDed.
     *
     * @param condition a condition from the field proxy, e.g. {@code User.c.age.ge(18)}
     * @return the refined query
     */
    public Query<T> where(Condition condition) {
        Objects.requireNonNull(condition, "condition");
        List<Condition> conditions = new ArrayList<>(spec.conditions());
        conditions.add(condition);
        return refine(new SelectSpec(List.copyOf(conditions), spec.orders(), spec.limit(), spec.offset()));
    }

    /**
     * Keeps the rows that match a raw SQL fragment, with one bound value per {@code ?}. Identifiers in
     * the fragment are not checked; values always are bound. The fragment must be one condition: one with
     * a statement separator ({@code ;}), unbalanced parentheses, an unclosed quote or comment, or a line
     * comment ({@code --}) is refused before any SQL runs, and a {@code ?} inside quotes or comments is not
     * a placeholder.
     *
     * @param sql the fragment, e.g. {@code "age > ?"}
     * @param values the values
     * @return the refined query
     * @throws UnsafeSqlException when the fragment is refused, or its placeholders and values differ in number
     */
    public Query<T> where(String sql, Object... values) {
        return where(Condition.raw(sql, values));
    }

    /**
     * Keeps the rows whose column named {@code column} equals {@code value} ({@code IS NULL} for null).
     *
     * @param column a column or field name of the model
     * @param value the value, of the column's type
     * @return the refined query
     * @throws UnknownColumnException when the model has no such column, listing its columns
     */
    public Query<T> whereEq(String column, Object value) {
        Property<T, Object> property = property(column);
        return where(property.eq(value));
    }

    /**
     * Sorts by the given terms, after any sort already given.
     *
     * @param orders terms from the field proxy, e.g. {@code User.c.name.asc()}
     * @return the refined query
     */
    public Query<T> orderBy(Order... orders) {
        List<Order> all = new ArrayList<>(spec.orders());
        for (Order order : orders) {
            if (order.property().model() != model.type()) {
                throw new ActiveRecordException("Cannot order a query over " + model.name() + " by " + order.property()
                        + "; use " + model.name() + "'s own columns");
            }
            all.add(order);
        }
        return refine(new SelectSpec(spec.conditions(), List.copyOf(all), spec.limit(), spec.offset()));
    }

    /**
     * Sorts by a column named by string, optionally followed by {@code ASC} or {@code DESC}.
     *
     * @param column e.g. {@code "name"} or {@code "created_at DESC"}
     * @return the refined query
     * @throws UnknownColumnException when the model has no such column, listing its columns
     */
    public Query<T> orderBy(String column) {
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
        return orderBy(direction.equals("ASC") ? property.asc() : property.desc());
    }

    /**
     * Returns at most {@code limit} rows.
     *
     * @param limit zero or more
     * @return the refined query
     */
    public Query<T> limit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be zero or more but was " + limit);
        }
        return refine(new SelectSpec(spec.conditions(), spec.orders(), limit, spec.offset()));
    }

    /**
     * Skips the first {@code offset} rows.
     *
     * @param offset zero or more
     * @return the refined query
     */
    public Query<T> offset(int offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be zero or more but was " + offset);
        }
        return refine(new SelectSpec(spec.conditions(), spec.orders(), spec.limit(), offset));
    }

    /**
     * Loads the relations named by {@code paths} together with the records, one query per relation step
     * however many records there are, so that reading them afterwards ({@code user.posts()}) runs no
     * query. A path is relation names joined by dots, to any depth; several paths may share steps, and
     * further calls add more paths.
     *
     * <pre>{@code
     * List<User> users = User.query().with("posts", "posts.comments.author", "profile").all();
     * users.get(0).posts().get(0).comments();   // no query
     * }</pre>
     *
     * <p>{@code with("posts", "posts.comments")} runs 3 statements in all: the users, then the posts of
     * all of them ({@code WHERE user_id IN (…)}), then the comments of all those posts. Key lists longer
     * than the database's bind-parameter limit are split over several statements. An owner with no rows
     * caches an empty list (or null), the inverse side ({@code post.author()}) is the owner itself, and a
     * row reached through several owners is one instance. Works with {@link #all()}, {@link #one()},
     * {@link #first()} and, a batch of {@code fetchSize} records at a time, {@link #stream(int)}.
     *
     * @param paths relation paths from this query's model, e.g. {@code "posts.comments"}
     * @return the refined query
     * @throws RelationNotFoundException when a path is empty, has an empty segment or names a relation
     *     that does not exist; the message names the model, the segment and the relations there
     */
    public Query<T> with(String... paths) {
        EagerPlan merged = plan;
        for (String path : paths) {
            merged = merged.merge(EagerPlan.path(EagerPaths.resolve(model, path), null, EagerPlan.none()));
        }
        return new Query<>(model, spec, merged, strict);
    }

    /**
     * Loads the relation path {@code path} like {@link #with(String...)}, filtering and ordering the rows
     * of its last step with {@code filter}, which refines a query over that step's model. Steps before
     * the last load all their rows; steps after it (named in other paths or with {@code with} inside the
     * filter) load only below the rows the filter kept.
     *
     * <pre>{@code
     * User.query().with("orders", q -> q.where(Order.c.status.eq("paid")).orderBy(Order.c.total.desc())).all();
     * User.query().with("posts.comments", q -> q.where(Comment.c.approved.eq(true))).all();   // filters comments only
     * User.query().with("posts", q -> q.orderBy(Post.c.id.desc()).limit(3)).all();          // each user's 3 newest posts
     * }</pre>
     *
     * <p>A {@code limit} or {@code offset} in the filter applies <em>per owner</em>: {@code limit(3)} loads
     * at most 3 rows for each owner record (numbered with {@code ROW_NUMBER()} in the filter's order, then
     * the relation's), not 3 rows in all. The loaded rows are what the relation returns on those records
     * until its cache is cleared.
     *
     * @param path a relation path from this query's model
     * @param filter refines the query of the last step; it must return a query over that step's model
     * @return the refined query
     * @throws RelationNotFoundException when the path is invalid
     * @throws IllegalArgumentException when the filter returns no query, a query over another model, or
     *     the path already has a filter
     */
    public Query<T> with(String path, UnaryOperator<Query<?>> filter) {
        Objects.requireNonNull(filter, "filter");
        List<BoundRelation> steps = EagerPaths.resolve(model, path);
        ModelInfo<?> target = steps.get(steps.size() - 1).target();
        Query<?> filtered = filter.apply(over(target));
        if (filtered == null || filtered.model != target) {
            throw new IllegalArgumentException("The filter of with(\"" + path + "\") on " + model.name()
                    + " must return a query over " + target.name() + " but returned " + filtered);
        }
        SelectRenderer.select(Dialects.SQLITE, target, filtered.spec);
        EagerPlan merged = plan.merge(EagerPlan.path(steps, filtered.spec, filtered.plan));
        return new Query<>(model, spec, merged, strict);
    }

    /**
     * Turns strict loading on for this query: a relation read lazily on one of its records (or of the
     * records its {@code with} loads) throws {@link StrictLoadingViolationException} naming the
     * {@code with(...)} that would load it, instead of running one query per record (N+1). Records read
     * by {@link #one()} or {@link #first()} may still load lazily.
     *
     * <pre>{@code
     * List<User> users = User.query().strict().with("posts").all();
     * users.get(0).posts();      // loaded
     * users.get(0).profile();    // throws: add with("profile")
     * }</pre>
     *
     * @return the refined query
     */
    public Query<T> strict() {
        return strict(true);
    }

    /**
     * Turns strict loading on or off for this query, overriding the model's {@link StrictLoading} and
     * the database's setting; see {@link #strict()}.
     *
     * @param strict true for on, false for off
     * @return the refined query
     */
    public Query<T> strict(boolean strict) {
        return new Query<>(model, spec, plan, strict);
    }

    /**
     * Runs the query and returns every matching record.
     *
     * @return the records, possibly empty
     */
    public List<T> all() {
        return load(true);
    }

    /**
     * Returns the only matching record, or null when none matches.
     *
     * @return the record or null
     * @throws ActiveRecordException when more than one row matches
     */
    public T one() {
        List<T> found = (spec.limit() != null && spec.limit() < 2 ? this : limit(2)).load(false);
        if (found.size() > 1) {
            throw new ActiveRecordException("Expected at most one " + model.name() + " but several match: "
                    + toSql() + "; use first() to take the first");
        }
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * Returns the only matching record.
     *
     * @return the record
     * @throws RecordNotFoundException when none matches
     * @throws ActiveRecordException when more than one row matches
     */
    public T oneOrThrow() {
        T found = one();
        if (found == null) {
            throw new RecordNotFoundException(model.name(), null, "No " + model.name() + " matches " + toSql());
        }
        return found;
    }

    /**
     * Returns the only matching record, if any.
     *
     * @return the record, or empty
     * @throws ActiveRecordException when more than one row matches
     */
    public Optional<T> optional() {
        return Optional.ofNullable(one());
    }

    /**
     * Returns the first record in the query's order (by primary key when none is given), or null.
     *
     * @return the first record or null
     */
    public T first() {
        Query<T> ordered = spec.orders().isEmpty() ? orderBy(property(model.primaryKey().fieldName()).asc()) : this;
        List<T> found = ordered.limit(1).load(false);
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * Counts the matching rows.
     *
     * @return the count
     */
    public long count() {
        Engine engine = engine();
        long[] count = new long[1];
        engine.query(SelectRenderer.count(engine.dialect(), model, spec), row -> count[0] = row.getLong(1));
        return count[0];
    }

    /**
     * Returns whether any row matches.
     *
     * @return true when at least one does
     */
    public boolean exists() {
        Engine engine = engine();
        return engine.query(SelectRenderer.exists(engine.dialect(), model, spec), row -> { }) > 0;
    }

    /**
     * Streams the matching records, reading them from the database cursor a batch at a time so that the
     * whole result is never held in memory. The stream gives its connection back by itself when its last
     * record has been read, when any terminal operation ({@code forEach}, {@code toList}, {@code count},
     * {@code findFirst}, …) returns or throws, and when it is closed. Only an {@code iterator()} (or
     * {@code spliterator()}) left before its end needs {@code close()}: use try-with-resources for those.
     * A stream that is garbage-collected while open is closed then, with a warning naming where it was opened.
     *
     * <pre>{@code
     * User.query().stream().forEach(user -> export(user));      // returns the connection at the end
     * try (Stream<User> users = User.query().stream()) {        // an iterator taken from it needs this
     *     Iterator<User> it = users.iterator();
     *     …
     * }
     * }</pre>
     *
     * <p>Relations the stream's consumer reads lazily are read on the stream's own connection (or, on
     * MariaDB, on a free one), so a stream never waits for a connection a small pool cannot give. A stream
     * opened inside a transaction belongs to it: reading it after the transaction ended throws.
     *
     * @return the stream
     */
    public Stream<T> stream() {
        return stream(DEFAULT_FETCH_SIZE);
    }

    /**
     * Streams the matching records, {@code fetchSize} rows per round trip; see {@link #stream()}.
     *
     * @param fetchSize rows per round trip, at least 1
     * @return the stream
     * @throws InvalidArgumentException when {@code fetchSize} is below 1
     */
    public Stream<T> stream(int fetchSize) {
        if (fetchSize < 1) {
            throw new InvalidArgumentException("fetchSize must be at least 1 but was " + fetchSize);
        }
        Engine engine = engine();
        boolean strictNow = StrictLoads.resolve(strict, model, engine);
        Consumer<List<T>> eachBatch = plan.isEmpty() && !strictNow ? null : batch -> loaded(batch, true, strictNow);
        Cursor cursor = engine.cursor(SelectRenderer.select(engine.dialect(), model, spec), fetchSize);
        Spliterator<T> records = new CursorRecords<>(model, cursor, Hydrator.of(model, engine.dialect()), fetchSize, eachBatch);
        return ClosingStreams.over(records, cursor, model.name());
    }

    /**
     * Returns the SQL this query runs, with {@code ?} for each bound value, on the database the model
     * uses now.
     *
     * @return the SQL
     */
    public String toSql() {
        return statement().sql();
    }

    /**
     * Returns the values this query binds, in order.
     *
     * @return the values
     */
    public List<Object> parameters() {
        return statement().values();
    }

    @Override
    public String toString() {
        return "Query[" + model.name() + ": " + toSql() + "]";
    }

    /** Runs the query; {@code multiRow} says whether it is one that may return many records. */
    private List<T> load(boolean multiRow) {
        Engine engine = engine();
        Hydrator<T> hydrator = Hydrator.of(model, engine.dialect());
        List<T> records = new ArrayList<>();
        engine.query(SelectRenderer.select(engine.dialect(), model, spec), row -> records.add(hydrator.read(row)));
        loaded(records, multiRow, StrictLoads.resolve(strict, model, engine));
        return records;
    }

    /** Marks records just read for strict loading and loads the relations asked for with {@link #with}. */
    private void loaded(List<T> records, boolean multiRow, boolean strictNow) {
        if (strictNow) {
            StrictLoads.mark(records, "", multiRow);
        }
        EagerLoader.load(model, records, plan, strictNow);
    }

    private SqlStatement statement() {
        return SelectRenderer.select(engine().dialect(), model, spec);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Query<?> over(ModelInfo<?> target) {
        return new Query(target, SelectSpec.ALL);
    }

    private Engine engine() {
        return Routing.forModel(model.type());
    }

    private Query<T> refine(SelectSpec newSpec) {
        return new Query<>(model, newSpec, plan, strict);
    }

    private Property<T, Object> property(String column) {
        ColumnInfo info = model.column(column);
        return new Property<>(model.type(), info.fieldName());
    }
}

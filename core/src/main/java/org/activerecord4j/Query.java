package org.activerecord4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.activerecord4j.internal.jdbc.Cursor;
import org.activerecord4j.internal.jdbc.Engine;
import org.activerecord4j.internal.jdbc.Routing;
import org.activerecord4j.internal.meta.ColumnInfo;
import org.activerecord4j.internal.meta.ModelInfo;
import org.activerecord4j.internal.persist.Hydrator;
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

    Query(ModelInfo<T> model, SelectSpec spec) {
        this.model = model;
        this.spec = spec;
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
        return with(new SelectSpec(List.copyOf(conditions), spec.orders(), spec.limit(), spec.offset()));
    }

    /**
     * Keeps the rows that match a raw SQL fragment, with one bound value per {@code ?}. Identifiers in
     * the fragment are not checked; values always are bound.
     *
     * @param sql the fragment, e.g. {@code "age > ?"}
     * @param values the values
     * @return the refined query
     * @throws IllegalArgumentException when the placeholders and values differ in number
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
        return with(new SelectSpec(spec.conditions(), List.copyOf(all), spec.limit(), spec.offset()));
    }

    /**
     * Sorts by a column named by string, optionally followed by {@code ASC} or {@code DESC}.
     *
     * @param column e.g. {@code "name"} or {@code "created_at DESC"}
     * @return the refined query
     * @throws UnknownColumnException when the model has no such column, listing its columns
     */
    public Query<T> orderBy(String column) {
        String[] parts = column.trim().split("\\s+");
        String direction = parts.length > 1 ? parts[1].toUpperCase(Locale.ROOT) : "ASC";
        if (parts.length > 2 || !(direction.equals("ASC") || direction.equals("DESC"))) {
            throw new IllegalArgumentException("Cannot order " + model.name() + " by '" + column
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
        return with(new SelectSpec(spec.conditions(), spec.orders(), limit, spec.offset()));
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
        return with(new SelectSpec(spec.conditions(), spec.orders(), spec.limit(), offset));
    }

    /**
     * Runs the query and returns every matching record.
     *
     * @return the records, possibly empty
     */
    public List<T> all() {
        Engine engine = engine();
        Hydrator<T> hydrator = new Hydrator<>(model, engine.dialect());
        List<T> records = new ArrayList<>();
        engine.query(SelectRenderer.select(engine.dialect(), model, spec), row -> records.add(hydrator.read(row)));
        return records;
    }

    /**
     * Returns the only matching record, or null when none matches.
     *
     * @return the record or null
     * @throws ActiveRecordException when more than one row matches
     */
    public T one() {
        List<T> found = (spec.limit() != null && spec.limit() < 2 ? this : limit(2)).all();
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
        List<T> found = ordered.limit(1).all();
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
     * Streams the matching records, reading them from the database cursor a batch at a time so that
     * the whole result is never held in memory. Close the stream (try-with-resources) to release its
     * connection.
     *
     * <pre>{@code
     * try (Stream<User> users = User.query().stream()) {
     *     users.forEach(user -> export(user));
     * }
     * }</pre>
     *
     * @return a stream that must be closed
     */
    public Stream<T> stream() {
        return stream(DEFAULT_FETCH_SIZE);
    }

    /**
     * Streams the matching records, {@code fetchSize} rows per round trip; see {@link #stream()}.
     *
     * @param fetchSize rows per round trip, at least 1
     * @return a stream that must be closed
     */
    public Stream<T> stream(int fetchSize) {
        if (fetchSize < 1) {
            throw new IllegalArgumentException("fetchSize must be at least 1 but was " + fetchSize);
        }
        Engine engine = engine();
        Hydrator<T> hydrator = new Hydrator<>(model, engine.dialect());
        Cursor cursor = engine.cursor(SelectRenderer.select(engine.dialect(), model, spec), fetchSize);
        Spliterator<T> records = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super T> action) {
                if (!cursor.next()) {
                    return false;
                }
                try {
                    action.accept(hydrator.read(cursor.row()));
                } catch (java.sql.SQLException e) {
                    throw new ActiveRecordException("Reading " + model.name() + " from a stream failed: " + e.getMessage(), e);
                }
                return true;
            }
        };
        return StreamSupport.stream(records, false).onClose(cursor::close);
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

    private SqlStatement statement() {
        return SelectRenderer.select(engine().dialect(), model, spec);
    }

    private Engine engine() {
        return Routing.forModel(model.type());
    }

    private Query<T> with(SelectSpec newSpec) {
        return new Query<>(model, newSpec);
    }

    private Property<T, Object> property(String column) {
        ColumnInfo info = model.column(column);
        return new Property<>(model.type(), info.fieldName());
    }
}

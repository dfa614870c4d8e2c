package org.activerecord4j;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.activerecord4j.internal.runtime.QueryFactory;
import org.activerecord4j.internal.runtime.QuerySpec;
import org.activerecord4j.query.Condition;
import org.activerecord4j.query.Order;

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

    private final QuerySpec<T> spec;

    Query(QuerySpec<T> spec) {
        this.spec = spec;
    }

    /**
     * Keeps the rows that match {@code condition}; several {@code where} calls are ANDed.
     *
     * @param condition a condition from the field proxy, e.g. {@code User.c.age.ge(18)}
     * @return the refined query
     * @throws NullPointerException when {@code condition} is null
     */
    public Query<T> where(Condition condition) {
        Objects.requireNonNull(condition, "condition");
        return new Query<>(spec.where(condition));
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
        return new Query<>(spec.whereEq(column, value));
    }

    /**
     * Sorts by the given terms, after any sort already given.
     *
     * @param orders terms from the field proxy, e.g. {@code User.c.name.asc()}
     * @return the refined query
     */
    public Query<T> orderBy(Order... orders) {
        return new Query<>(spec.orderBy(List.of(orders)));
    }

    /**
     * Sorts by a column named by string, optionally followed by {@code ASC} or {@code DESC}.
     *
     * @param column e.g. {@code "name"} or {@code "created_at DESC"}
     * @return the refined query
     * @throws UnknownColumnException when the model has no such column, listing its columns
     */
    public Query<T> orderBy(String column) {
        return new Query<>(spec.orderBy(column));
    }

    /**
     * Returns at most {@code limit} rows.
     *
     * @param limit zero or more
     * @return the refined query
     * @throws InvalidArgumentException when {@code limit} is negative
     */
    public Query<T> limit(int limit) {
        return new Query<>(spec.limit(limit));
    }

    /**
     * Skips the first {@code offset} rows.
     *
     * @param offset zero or more
     * @return the refined query
     * @throws InvalidArgumentException when {@code offset} is negative
     */
    public Query<T> offset(int offset) {
        return new Query<>(spec.offset(offset));
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
        return new Query<>(spec.with(paths));
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
     * @throws InvalidArgumentException when the filter returns no query, a query over another model, or
     *     the path already has a filter
     */
    public Query<T> with(String path, UnaryOperator<Query<?>> filter) {
        Objects.requireNonNull(filter, "filter");
        Query<?> filtered = filter.apply(QueryFactory.wrap(spec.filterBase(path)));
        return new Query<>(spec.with(path, filtered == null ? null : filtered.spec));
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
        return new Query<>(spec.strict(strict));
    }

    /**
     * Runs the query and returns every matching record.
     *
     * @return the records, possibly empty
     */
    public List<T> all() {
        return spec.all();
    }

    /**
     * Returns the only matching record, or null when none matches.
     *
     * @return the record or null
     * @throws TooManyRowsException when more than one row matches
     */
    public T one() {
        return spec.one();
    }

    /**
     * Returns the only matching record.
     *
     * @return the record
     * @throws RecordNotFoundException when none matches
     * @throws TooManyRowsException when more than one row matches
     */
    public T oneOrThrow() {
        return spec.oneOrThrow();
    }

    /**
     * Returns the only matching record, if any.
     *
     * @return the record, or empty
     * @throws TooManyRowsException when more than one row matches
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
        return spec.first();
    }

    /**
     * Counts the matching rows.
     *
     * @return the count
     */
    public long count() {
        return spec.count();
    }

    /**
     * Returns whether any row matches.
     *
     * @return true when at least one does
     */
    public boolean exists() {
        return spec.exists();
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
        return spec.stream(fetchSize);
    }

    /**
     * Returns the SQL this query runs, with {@code ?} for each bound value, on the database the model
     * uses now.
     *
     * @return the SQL
     */
    public String toSql() {
        return spec.sql();
    }

    /**
     * Returns the values this query binds, in order.
     *
     * @return the values
     */
    public List<Object> parameters() {
        return spec.parameters();
    }

    @Override
    public String toString() {
        return "Query[" + spec + "]";
    }
}

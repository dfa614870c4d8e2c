package org.activerecord4j;

import java.util.List;
import java.util.Objects;
import org.activerecord4j.internal.runtime.QuerySpec;
import org.activerecord4j.query.Condition;
import org.activerecord4j.query.Order;

/**
 * What {@link Query} and {@link AsyncQuery} share: the refining methods, each of which returns a new
 * query of the same kind, so a query can be kept and reused. The two differ only in their terminal methods,
 * which return results ({@code Query}) or futures and a publisher ({@code AsyncQuery}); both run the same
 * SQL for the same refinements.
 *
 * <p>Immutable and thread-safe; the records it returns are not.
 *
 * @param <T> the model
 * @param <Q> the query type itself
 */
public abstract sealed class AbstractQuery<T extends Model<T>, Q extends AbstractQuery<T, Q>> permits Query, AsyncQuery {

    /** The default number of rows a stream reads per round trip. */
    static final int DEFAULT_FETCH_SIZE = 1_000;

    final QuerySpec<T> spec;

    AbstractQuery(QuerySpec<T> spec) {
        this.spec = spec;
    }

    /** Returns a query of this kind around {@code refined}. */
    abstract Q refine(QuerySpec<T> refined);

    /**
     * Keeps the rows that match {@code condition}; several {@code where} calls are ANDed.
     *
     * @param condition a condition from the field proxy, e.g. {@code User.c.age.ge(18)}
     * @return the refined query
     * @throws NullPointerException when {@code condition} is null
     */
    public final Q where(Condition condition) {
        Objects.requireNonNull(condition, "condition");
        return refine(spec.where(condition));
    }

    /**
     * Keeps the rows that match a raw SQL fragment, with one bound value per {@code ?}. Identifiers in
     * the fragment are not checked; values always are bound. The fragment must be one condition: one with
     * a statement separator ({@code ;}), unbalanced parentheses, an unclosed quote or comment, or a line
     * comment ({@code --}) is refused before any SQL runs, and a {@code ?} inside quotes or comments is not
     * a placeholder.
     *
     * @param sql the fragment, e.g. {@code "age > ?"}
     * @param values the values, each null or of a column type ({@code Long}, {@code String}, {@code Instant}, an enum…)
     *     or a JDBC type that stands for one ({@code Character}, {@code BigInteger}, {@code LocalTime},
     *     {@code java.sql.Timestamp}…); a list or an array is refused when the query runs (write one {@code ?} per value, or use {@code in(...)})
     * @return the refined query
     * @throws UnsafeSqlException when the fragment is refused, or its placeholders and values differ in number
     */
    public final Q where(String sql, Object... values) {
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
    public final Q whereEq(String column, Object value) {
        return refine(spec.whereEq(column, value));
    }

    /**
     * Sorts by the given terms, after any sort already given.
     *
     * @param orders terms from the field proxy, e.g. {@code User.c.name.asc()}
     * @return the refined query
     */
    public final Q orderBy(Order... orders) {
        return refine(spec.orderBy(List.of(orders)));
    }

    /**
     * Sorts by a column named by string, optionally followed by {@code ASC} or {@code DESC}.
     *
     * @param column e.g. {@code "name"} or {@code "created_at DESC"}
     * @return the refined query
     * @throws UnknownColumnException when the model has no such column, listing its columns
     */
    public final Q orderBy(String column) {
        return refine(spec.orderBy(column));
    }

    /**
     * Returns at most {@code limit} rows.
     *
     * @param limit zero or more
     * @return the refined query
     * @throws InvalidArgumentException when {@code limit} is negative
     */
    public final Q limit(int limit) {
        return refine(spec.limit(limit));
    }

    /**
     * Skips the first {@code offset} rows.
     *
     * @param offset zero or more
     * @return the refined query
     * @throws InvalidArgumentException when {@code offset} is negative
     */
    public final Q offset(int offset) {
        return refine(spec.offset(offset));
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
     * row reached through several owners is one instance. Works with {@code all()}, {@code one()},
     * {@code first()} and, a batch of {@code fetchSize} records at a time, {@code stream(int)}.
     *
     * @param paths relation paths from this query's model, e.g. {@code "posts.comments"}
     * @return the refined query
     * @throws RelationNotFoundException when a path is empty, has an empty segment or names a relation
     *     that does not exist; the message names the model, the segment and the relations there
     * @throws InvalidArgumentException when a path loads a relation that another path loads filtered
     */
    public final Q with(String... paths) {
        return refine(spec.with(paths));
    }

    /**
     * Turns strict loading on for this query: a relation read lazily on one of its records (or of the
     * records its {@code with} loads) throws {@link StrictLoadingViolationException} naming the
     * {@code with(...)} that would load it (an async read's future completes exceptionally with it), instead
     * of running one query per record (N+1). Records read
     * by {@code one()} or {@code first()} may still load lazily.
     *
     * <pre>{@code
     * List<User> users = User.query().strict().with("posts").all();
     * users.get(0).posts();      // loaded
     * users.get(0).profile();    // throws: add with("profile")
     * }</pre>
     *
     * @return the refined query
     */
    public final Q strict() {
        return strict(true);
    }

    /**
     * Turns strict loading on or off for this query, overriding the model's {@link StrictLoading} and
     * the database's setting; see {@link #strict()}.
     *
     * @param strict true for on, false for off
     * @return the refined query
     */
    public final Q strict(boolean strict) {
        return refine(spec.strict(strict));
    }

    /**
     * Returns the SQL this query runs, with {@code ?} for each bound value, on the database the model
     * uses now.
     *
     * @return the SQL
     * @throws InvalidArgumentException when the query binds more values than that database takes in one
     *     statement, as running it would
     */
    public final String toSql() {
        return spec.sql();
    }

    /**
     * Returns the values this query binds, in order.
     *
     * @return the values
     * @throws InvalidArgumentException when they are more than the model's database takes in one statement
     */
    public final List<Object> parameters() {
        return spec.parameters();
    }


    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + spec + "]";
    }
}

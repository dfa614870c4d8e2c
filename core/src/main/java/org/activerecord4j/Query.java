package org.activerecord4j;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.activerecord4j.internal.runtime.QueryFactory;
import org.activerecord4j.internal.runtime.QuerySpec;

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
public final class Query<T extends ActiveRecord<T>> extends AbstractQuery<T, Query<T>> {

    Query(QuerySpec<T> spec) {
        super(spec);
    }

    @Override
    Query<T> refine(QuerySpec<T> refined) {
        return new Query<>(refined);
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
     * until its cache is cleared (or for as long as its {@code cache(...)} option keeps them).
     *
     * <p>A path has one filter: a second {@code with} of the same path adds the steps below it, and its filter
     * may restrict the rows only if the first did not. So has a relation: as a row reached through several paths is one
     * instance, a relation that two paths load (Post's {@code "comments"} and {@code "author.posts.comments"})
     * takes the same filter, or none, on both. A filter that keeps every row ({@code q -> q}, or
     * {@code q -> q.with("comments")}, which only loads below) restricts nothing. A filter says which rows,
     * not how they load: {@code strict()} in it is refused; set strict loading on the query.
     *
     * @param path a relation path from this query's model
     * @param filter refines the query of the last step; it must return a query over that step's model
     * @return the refined query
     * @throws RelationNotFoundException when the path is invalid
     * @throws InvalidArgumentException when the filter returns no query or a query over another model, calls
     *     {@code strict(...)} (strict loading is set on the query, the model or the database), or restricts the
     *     rows of a path that another filter of this query restricts already, or of a relation that another path
     *     of this query loads with another filter or none
     */
    public Query<T> with(String path, UnaryOperator<Query<?>> filter) {
        Objects.requireNonNull(filter, "filter");
        Query<?> filtered = filter.apply(QueryFactory.wrap(spec.filterBase(path)));
        return new Query<>(spec.with(path, filtered == null ? null : filtered.spec));
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
     * Returns the first record in the query's order (by primary key when none is given), or null; null too
     * after {@code limit(0)}.
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
     * opened inside a transaction belongs to it: reading it after the transaction ended throws. A write in the
     * consumer outside a transaction commits when it returns, as any other does, and one that fails fails alone;
     * on PostgreSQL, whose driver streams only inside a transaction, and on SQLite, whose open read keeps a
     * snapshot a write on its connection cannot move past once another connection has written, it takes a free
     * connection for that. When the pool has none it runs on the stream's connection: on PostgreSQL in a
     * savepoint of the stream's transaction, committed at the stream's end; on SQLite it fails with
     * {@code SQLITE_BUSY} if another connection wrote since the stream began.
     *
     * <p>The stream reads one cursor, so it is sequential: {@code parallel()} still hands every record on in
     * the thread that runs the terminal operation, one after the other (its rows are never split off to other
     * threads, where lazy reads would leave the stream's connection and transaction). For parallel work,
     * collect first ({@code all()}, or a page at a time) and stream that list in parallel.
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
}

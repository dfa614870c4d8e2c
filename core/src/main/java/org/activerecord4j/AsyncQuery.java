package org.activerecord4j;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.UnaryOperator;
import org.activerecord4j.internal.async.Async;
import org.activerecord4j.internal.runtime.QuerySpec;

/**
 * The async twin of {@link Query}: the same refinements, the same SQL and the same statement counts, with
 * terminals that return {@link CompletableFuture}s and a {@link Flow.Publisher}. The statements run on
 * the database's async executor (see {@link AsyncActiveRecord}); the calling thread only queues them.
 *
 * <pre>{@code
 * CompletableFuture<List<User>> page = User.query()
 *         .where(User.c.name.startsWith("A"))
 *         .orderBy(User.c.name.asc())
 *         .with("posts")
 *         .limit(20)
 *         .all();
 * }</pre>
 *
 * <p>A future completes exceptionally with the exception the sync call would throw (for example
 * {@link TooManyRowsException} from {@link #one()}); {@code join()} wraps it in a
 * {@link java.util.concurrent.CompletionException}, as Java does, and {@code get()} in an
 * {@link java.util.concurrent.ExecutionException}. Immutable and thread-safe; the records it returns are not.
 *
 * @param <T> the model
 */
public final class AsyncQuery<T extends AsyncActiveRecord<T>> extends AbstractQuery<T, AsyncQuery<T>> {

    AsyncQuery(QuerySpec<T> spec) {
        super(spec);
    }

    @Override
    AsyncQuery<T> refine(QuerySpec<T> refined) {
        return new AsyncQuery<>(refined);
    }

    /**
     * Loads the relation path {@code path} like {@link #with(String...)}, filtering and ordering the rows
     * of its last step with {@code filter}; see {@link Query#with(String, UnaryOperator)}.
     *
     * <pre>{@code
     * User.query().with("posts", q -> q.orderBy(Post.c.id.desc()).limit(3)).all();   // each user's 3 newest posts
     * }</pre>
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
    @SuppressWarnings({"unchecked", "rawtypes"})
    public AsyncQuery<T> with(String path, UnaryOperator<AsyncQuery<?>> filter) {
        Objects.requireNonNull(filter, "filter");
        AsyncQuery<?> filtered = filter.apply(new AsyncQuery(spec.filterBase(path)));
        return new AsyncQuery<>(spec.with(path, filtered == null ? null : filtered.spec));
    }

    /**
     * Runs the query.
     *
     * @return completes with every matching record, possibly none
     */
    public CompletableFuture<List<T>> all() {
        return Async.call(spec.type(), spec::all);
    }

    /**
     * Finds the only matching record.
     *
     * @return completes with the record, or null when none matches; fails with {@link TooManyRowsException}
     *     when more than one does
     */
    public CompletableFuture<T> one() {
        return Async.call(spec.type(), spec::one);
    }

    /**
     * Finds the only matching record.
     *
     * @return completes with the record; fails with {@link RecordNotFoundException} when none matches and
     *     {@link TooManyRowsException} when more than one does
     */
    public CompletableFuture<T> oneOrThrow() {
        return Async.call(spec.type(), spec::oneOrThrow);
    }

    /**
     * Finds the only matching record, if any.
     *
     * @return completes with the record or empty; fails with {@link TooManyRowsException} when more than one matches
     */
    public CompletableFuture<Optional<T>> optional() {
        return Async.call(spec.type(), () -> Optional.ofNullable(spec.one()));
    }

    /**
     * Finds the first record in the query's order (by primary key when none is given).
     *
     * @return completes with the record, or null when none matches (or after {@code limit(0)})
     */
    public CompletableFuture<T> first() {
        return Async.call(spec.type(), spec::first);
    }

    /**
     * Counts the matching rows.
     *
     * @return completes with the count
     */
    public CompletableFuture<Long> count() {
        return Async.call(spec.type(), spec::count);
    }

    /**
     * Finds whether any row matches.
     *
     * @return completes with true when at least one does
     */
    public CompletableFuture<Boolean> exists() {
        return Async.call(spec.type(), spec::exists);
    }

    /**
     * Publishes the matching records as the subscriber requests them, reading them from the database cursor
     * {@value #DEFAULT_FETCH_SIZE} rows per round trip; see {@link #stream(int)}.
     *
     * @return the publisher
     */
    public Flow.Publisher<T> stream() {
        return stream(DEFAULT_FETCH_SIZE);
    }

    /**
     * Publishes the matching records as the subscriber requests them: each subscription opens its own
     * cursor on an executor thread, reads no more rows than were requested (and at most {@code fetchSize}
     * per step, with {@code with(...)} loaded per batch, as {@link Query#stream(int)} does), so memory stays
     * bounded however many rows match. It holds one connection while it reads and gives it back before it
     * signals {@code onComplete} or {@code onError}, and when the subscription is cancelled (a subscription
     * dropped without either is closed when garbage-collected, with a warning showing where it was made).
     * Cancelling from another thread than {@code onNext}'s while the stream's query runs, outside an async
     * transaction, cancels that query on the server ({@code Statement.cancel()}), so the connection comes back at
     * once (on PostgreSQL: while the query that opens the cursor runs, not during its later fetches).
     * Signals come on the executor's threads, one at a time. Opened inside an async transaction, the stream reads on the
     * transaction's connection and must be read to its end (or cancelled) before the transaction ends.
     * Outside one, async calls the subscriber makes (a relation read, say) need a connection besides the
     * stream's: with a pool of one they wait until the stream ends, so do not hold back {@code request}
     * until they complete (read relations with {@code with(...)} instead).
     *
     * <pre>{@code
     * User.query().stream().subscribe(new Flow.Subscriber<>() {
     *     Flow.Subscription subscription;
     *     public void onSubscribe(Flow.Subscription s) { subscription = s; s.request(100); }
     *     public void onNext(User user) { export(user); if (++seen % 100 == 0) subscription.request(100); }
     *     public void onError(Throwable failure) { log(failure); }
     *     public void onComplete() { done(); }
     * });
     * }</pre>
     *
     * @param fetchSize rows per round trip, at least 1
     * @return the publisher
     * @throws InvalidArgumentException when {@code fetchSize} is below 1
     */
    public Flow.Publisher<T> stream(int fetchSize) {
        QuerySpec.checkedFetchSize(fetchSize);
        return Async.publisher(spec.type(), () -> spec.stream(fetchSize), fetchSize);
    }
}

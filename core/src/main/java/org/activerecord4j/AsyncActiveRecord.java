package org.activerecord4j;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.activerecord4j.internal.async.Async;
import org.activerecord4j.internal.runtime.QuerySpec;
import org.activerecord4j.internal.runtime.Records;
import org.activerecord4j.relation.AsyncBelongsTo;
import org.activerecord4j.relation.AsyncHasMany;
import org.activerecord4j.relation.AsyncHasManyThrough;
import org.activerecord4j.relation.AsyncHasOne;
import org.activerecord4j.relation.RelationOption;

/**
 * The async twin of {@link ActiveRecord}: the same models, SQL, caching, loading and errors, with calls that
 * return {@link CompletableFuture}s, for services that must not block their threads on a database
 * (Vert.x, Netty, WebFlux, Helidon, Quarkus reactive routes).
 *
 * <pre>{@code
 * @Table("users")
 * public class User extends UserAsyncRecord {  // generated: extends AsyncActiveRecord<User>, with posts() below
 *     public Long id;
 *     public String name;
 *     public static final AsyncHasMany<Post> posts = hasMany(inverseOf("author"));
 * }
 *
 * User ann = new User();
 * ann.name = "Ann";
 * ann.save()                                          // INSERT, fills ann.id
 *    .thenCompose(saved -> saved.posts())             // SELECT … WHERE user_id = ?, cached on ann
 *    .thenAccept(posts -> render(posts));
 * User.query().where(User.c.name.startsWith("A")).with("posts").all();   // 2 statements, as in sync
 * }</pre>
 *
 * <h2>Where statements run</h2>
 * JDBC blocks, so statements run on an executor of the database: virtual threads on JDK 21 and later, else
 * as many threads as its pool has connections, or the one given to
 * {@code Database.builder(url).asyncExecutor(executor)}. Work waits for a free connection without holding
 * a thread. The thread that makes an async call never runs a statement and never waits for a connection: it
 * only queues the work. A read answered from a record's relation cache completes at once, with no statement.
 *
 * <h2>Errors</h2>
 * A future completes exceptionally with the exception the sync call throws, of the same type and with the
 * same message ({@link RecordNotFoundException}, {@link StrictLoadingViolationException},
 * {@link StatementFailedException}, …), including for bad arguments. {@code join()} wraps it in a
 * {@link java.util.concurrent.CompletionException} and {@code get()} in an
 * {@link java.util.concurrent.ExecutionException}, as Java does; {@code exceptionally} and
 * {@code handle} see it wrapped in a {@code CompletionException} when it reached them through another stage.
 *
 * <h2>Cancelling</h2>
 * A call whose future is cancelled, or times out with {@code orTimeout}, before its statement started never runs
 * it (a call waiting for a connection gives up its place). One whose statement runs asks the driver to cancel it
 * ({@link java.sql.Statement#cancel()}): the server stops it, the call's later statements do not run, and the
 * connection goes back to the pool at once, as after any failed statement (a write the cancel stopped leaves its
 * record as a failed write does). A statement that ended before the cancel reached the server stays done;
 * the future says cancelled (or timed out) either way. For transactions, and calls of their chains, whose
 * running statements are not cancelled, see {@link #transaction}.
 *
 * <h2>Records</h2>
 * A record is not thread-safe: leave it alone while a call on it runs, and touch it again in a stage chained
 * on that call's future. Fields map to columns as for {@link ActiveRecord}; see {@link Model}.
 *
 * @param <T> the model class itself
 */
public abstract non-sealed class AsyncActiveRecord<T extends AsyncActiveRecord<T>> extends Model<T> {

    /** For subclasses. */
    protected AsyncActiveRecord() {
    }

    /**
     * Inserts this record when it is new, or updates the columns that changed since it was loaded or
     * saved; see {@link ActiveRecord#save()}. A record with no changes issues no statement.
     *
     * @return completes with this record once saved; fails with {@link StatementFailedException} when the
     *     database rejects the statement
     */
    @SuppressWarnings("unchecked")
    public CompletableFuture<T> save() {
        T self = (T) this;
        return Async.call(getClass(), () -> {
            Records.save(self);
            return self;
        });
    }

    /**
     * Deletes this record's row, and its dependents as its relations say; see {@link ActiveRecord#delete()}.
     *
     * @return completes with this record once deleted; fails with {@link ActiveRecordException} when it was
     *     never saved or already deleted
     */
    @SuppressWarnings("unchecked")
    public CompletableFuture<T> delete() {
        T self = (T) this;
        return Async.call(getClass(), () -> {
            Records.delete(self);
            return self;
        });
    }

    /**
     * Reads this record's row again, discarding unsaved changes.
     *
     * @return completes with this record; fails with {@link RecordNotFoundException} when the row no longer exists
     */
    @SuppressWarnings("unchecked")
    public CompletableFuture<T> reload() {
        T self = (T) this;
        return Async.call(getClass(), () -> {
            Records.reload(self);
            return self;
        });
    }

    /**
     * Starts a query over {@code model}.
     *
     * @param model the model class
     * @param <T> the model
     * @return a query over all its rows
     */
    public static <T extends AsyncActiveRecord<T>> AsyncQuery<T> query(Class<T> model) {
        return new AsyncQuery<>(QuerySpec.of(model));
    }

    /**
     * Finds the record of {@code model} with primary key {@code id}.
     *
     * @param model the model class
     * @param id the key; integers are widened or narrowed to the key's type
     * @param <T> the model
     * @return completes with the record, or null when there is none (or {@code id} is null); fails with
     *     {@link InvalidArgumentException} when {@code model} is null
     */
    public static <T extends AsyncActiveRecord<T>> CompletableFuture<T> findOne(Class<T> model, Object id) {
        if (model == null) {
            return Async.failed(Records.refusedFind("findOne", model, id));
        }
        return Async.call(model, () -> Records.findOne(model, id));
    }

    /**
     * Finds the record of {@code model} with primary key {@code id}.
     *
     * @param model the model class
     * @param id the key
     * @param <T> the model
     * @return completes with the record; fails with {@link RecordNotFoundException} naming the model and the
     *     key when there is none, with {@link InvalidArgumentException} when {@code model} or {@code id} is null
     */
    public static <T extends AsyncActiveRecord<T>> CompletableFuture<T> findOneOrThrow(Class<T> model, Object id) {
        if (model == null || id == null) {
            return Async.guarded(() -> Async.failed(Records.refusedFind("findOneOrThrow", model, id)));
        }
        return Async.call(model, () -> Records.findOneOrThrow(model, id));
    }

    /**
     * Saves every record in one transaction, as {@link ActiveRecord#saveAll(Collection)} does: if any fails,
     * none is saved and every record is as it was before the call.
     *
     * @param records the records
     * @return completes when all are saved; fails with {@link InvalidArgumentException} when {@code records}
     *     is or holds null, {@link InvalidValueException} or {@link StatementFailedException} (nothing written)
     */
    public static CompletableFuture<Void> saveAll(Collection<? extends AsyncActiveRecord<?>> records) {
        return Async.guarded(() -> {
            List<Model<?>> checked = Records.checked(records);
            if (checked.isEmpty()) {
                return Async.completed(null);
            }
            return Async.call(checked.get(0).getClass(), () -> {
                Records.saveAll(checked);
                return null;
            });
        });
    }

    /**
     * Runs the async work {@code body} returns as one transaction: every statement of its chain runs on one
     * connection, the transaction commits when the stage {@code body} returns completes normally, rolls back
     * when it completes exceptionally or {@code body} throws (putting back every record the chain wrote),
     * and gives the connection back either way. It runs on the database of its first statement (a model's
     * bound database, else the default); see {@link Database#transactionAsync(Supplier)} to name one.
     *
     * <pre>{@code
     * CompletableFuture<User> created = AsyncActiveRecord.transaction(() ->
     *         user.save()
     *             .thenCompose(saved -> { profile.userId = saved.id; return profile.save(); })
     *             .thenApply(saved -> user));
     * }</pre>
     *
     * <p><b>The chain.</b> The transaction follows its chain: the body itself, and every function given to a
     * stage of a future that the chain's calls return ({@code thenCompose}, {@code thenApply},
     * {@code thenComposeAsync(fn, anyExecutor)}, {@code handle}, …), on whatever thread it runs, and every
     * function given to a stage of {@link #allOf} of them. An async call made there
     * joins the transaction: its statements queue on the transaction's connection, one after another. A call
     * the chain makes after the transaction ended (one the returned stage did not wait for) fails with a
     * message saying so, and a sync call made in the chain fails rather than run outside the transaction.
     * Work the application hands to an executor of its own ({@code CompletableFuture.supplyAsync(…,
     * executor)}, {@code executor.submit(…)}) is not part of the chain: start such work from a stage of one
     * of the chain's futures instead. {@code CompletableFuture.allOf(...)} and {@code anyOf(...)} return plain
     * futures: the non-async stages chained on them ({@code thenCompose}, {@code thenApply}, …) still join,
     * since they run on the thread that completed the chain's last future, but an {@code *Async} stage of them
     * runs on its executor outside the chain, so its calls would run outside the transaction: wait for several
     * of the chain's futures with {@link #allOf} instead. A nested {@code transaction(...)} in the chain joins
     * it; if its stage fails, the whole transaction rolls back, as in sync.
     *
     * <p><b>Cancelling.</b> Cancelling the returned future, or its timing out ({@code orTimeout}), before the
     * COMMIT began rolls the transaction back at once (the statement running, if any, is cancelled as a plain
     * call's is; see Cancelling above), restores its records
     * and gives the connection back; the chain's later calls fail as after any end. Once the COMMIT has begun,
     * {@code cancel} returns false and a timeout does not fire: the future completes with the commit's outcome.
     *
     * <p>Cancelling, or timing out, the future of one call of the chain (or of a nested transaction) is different:
     * one cancelled before its statements started never runs them, and the chain may handle the
     * {@code CancellationException} and go on to commit the rest. One cancelled while its statements run is not
     * stopped (its statement runs on; cancelling it would abort the whole transaction on PostgreSQL), so it may
     * have written although its future says cancelled: such a transaction can only roll back. Its end rolls back,
     * restores its records and fails with an {@link ActiveRecordException} saying "Transaction rolled back: a call
     * of its chain was cancelled or timed out (its future ended early) while its statements ran, ...", even when
     * the chain went on normally; to stop a transaction, cancel its own future. Once a call's statements have
     * ended, its {@code cancel} returns false: the future completes with the call's outcome.
     *
     * @param body returns the stage that ends the transaction's work; called on the calling thread
     * @param <R> the result
     * @return completes with the stage's result after the commit, or fails with the stage's (or body's)
     *     failure after the rollback, or with the commit's failure: a {@link CommitOutcomeUnknownException}
     *     when the connection was lost during the COMMIT; an {@link ActiveRecordException} after the rollback
     *     when a call of the chain was cancelled or timed out while its statements ran
     */
    public static <R> CompletableFuture<R> transaction(Supplier<? extends CompletionStage<R>> body) {
        return Async.transaction(null, body);
    }

    /**
     * Waits for several async calls, as {@link CompletableFuture#allOf} does, but returns a future of the chain
     * they belong to: every stage chained on it, {@code *Async} stages on any executor included, joins the async
     * transaction the calls run in (see {@link #transaction}), where a stage of {@code CompletableFuture.allOf}'s
     * plain future that hops to an executor would run outside it.
     *
     * <pre>{@code
     * AsyncActiveRecord.transaction(() -> AsyncActiveRecord.allOf(ann.save(), bob.save())
     *         .thenComposeAsync(both -> Team.members.add(team, ann), appExecutor));   // still in the transaction
     * }</pre>
     *
     * <p>Outside any transaction it behaves as {@code CompletableFuture.allOf}.
     *
     * @param futures the futures to wait for
     * @return completes normally when every one of {@code futures} has; exceptionally, once all are done, with a
     *     {@code CompletionException} holding a failure of one of them when any failed, as
     *     {@code CompletableFuture.allOf}
     */
    public static CompletableFuture<Void> allOf(CompletableFuture<?>... futures) {
        return Async.allOf(futures);
    }

    /**
     * Declares that this model holds a foreign key to one target row; see {@link ActiveRecord} for the options.
     *
     * <pre>{@code
     * public static final AsyncBelongsTo<User> author = belongsTo(foreignKey("user_id"), inverseOf("comments"));
     * }</pre>
     *
     * @param options {@link #foreignKey}, {@link #inverseOf}, {@link #target(Class)}, {@link #cache(Duration)}
     * @param <R> the target model
     * @return the relation
     */
    protected static <R extends AsyncActiveRecord<R>> AsyncBelongsTo<R> belongsTo(RelationOption... options) {
        return new AsyncBelongsTo<>(options);
    }

    /**
     * Declares that one target row holds a foreign key to this model.
     *
     * @param options {@link #foreignKey}, {@link #inverseOf}, {@link #target(Class)}, {@link #dependent}, {@link #cache(Duration)}
     * @param <R> the target model
     * @return the relation
     */
    protected static <R extends AsyncActiveRecord<R>> AsyncHasOne<R> hasOne(RelationOption... options) {
        return new AsyncHasOne<>(options);
    }

    /**
     * Declares that many target rows hold a foreign key to this model.
     *
     * <pre>{@code
     * public static final AsyncHasMany<Post> posts = hasMany(inverseOf("author"), dependent(Dependent.DESTROY));
     * }</pre>
     *
     * @param options {@link #foreignKey}, {@link #inverseOf}, {@link #target(Class)}, {@link #orderBy}, {@link #dependent},
     *     {@link #cache(Duration)}
     * @param <R> the target model
     * @return the relation
     */
    protected static <R extends AsyncActiveRecord<R>> AsyncHasMany<R> hasMany(RelationOption... options) {
        return new AsyncHasMany<>(options);
    }

    /**
     * Declares a many-to-many relation through a join model.
     *
     * @param options {@link #through(Class)} (required), {@link #sourceForeignKey}, {@link #targetForeignKey},
     *     {@link #inverseOf}, {@link #orderBy}, {@link #dependent}, {@link #cache(Duration)}
     * @param <R> the target model
     * @return the relation
     */
    protected static <R extends AsyncActiveRecord<R>> AsyncHasManyThrough<R> hasManyThrough(RelationOption... options) {
        return new AsyncHasManyThrough<>(options);
    }
}

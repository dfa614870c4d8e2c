package org.activerecord4j;

import java.time.Duration;
import java.util.Collection;
import org.activerecord4j.internal.runtime.Databases;
import org.activerecord4j.internal.runtime.QuerySpec;
import org.activerecord4j.internal.runtime.Records;
import org.activerecord4j.relation.BelongsTo;
import org.activerecord4j.relation.Dependent;
import org.activerecord4j.relation.HasMany;
import org.activerecord4j.relation.HasManyThrough;
import org.activerecord4j.relation.HasOne;
import org.activerecord4j.relation.RelationOption;

/**
 * The base of a model whose calls return when they are done: a class per table whose fields are its
 * columns (see {@link Model}); {@link AsyncActiveRecord} is its twin returning futures.
 *
 * <pre>{@code
 * @Table("users")
 * public class User extends UserRecord {      // UserRecord is generated: it extends ActiveRecord<User>
 *     public Long id;
 *     public String name;
 * }
 *
 * User ann = new User();
 * ann.name = "Ann";
 * ann.save();                                  // INSERT, fills ann.id
 * User found = User.findOne(ann.id);
 * List<User> as = User.query().where(User.c.name.startsWith("A")).all();
 * }</pre>
 *
 * <p>Extending {@code ActiveRecord<User>} directly also works; the per-model entry points then read
 * {@code ActiveRecord.query(User.class)} and {@code ActiveRecord.findOne(User.class, id)}.
 *
 * <p>Fields map to columns in snake_case unless {@link Column} says otherwise; static and
 * {@code transient} fields are not columns. The key is the field named {@code id} or marked {@link Id}.
 * Records are not thread-safe: share them between threads only with outside synchronisation.
 *
 * @param <T> the model class itself
 */
public abstract non-sealed class ActiveRecord<T extends ActiveRecord<T>> extends Model<T> {
    /** For subclasses. */
    protected ActiveRecord() {
    }

    /**
     * Inserts this record when it is new, or updates the columns that changed since it was loaded or
     * saved. A record with no changes issues no statement.
     *
     * @throws StatementFailedException when the database rejects the statement
     * @throws ActiveRecordException when the record was deleted, or its assigned key is missing
     */
    public void save() {
        Records.save(this);
    }

    /**
     * Deletes this record's row, and its dependents as its relations say: the row it was read from or last saved
     * to, even when its key field was changed since (that unsaved change is not written).
     *
     * @throws ActiveRecordException when the record was never saved or already deleted
     */
    public void delete() {
        Records.delete(this);
    }

    /**
     * Reads this record's row again, discarding unsaved changes.
     *
     * @throws RecordNotFoundException when the row no longer exists
     */
    @SuppressWarnings("unchecked")
    public void reload() {
        Records.reload((T) this);
    }

    /**
     * Starts a query over {@code model}.
     *
     * @param model the model class
     * @param <T> the model
     * @return a query over all its rows
     */
    public static <T extends ActiveRecord<T>> Query<T> query(Class<T> model) {
        return new Query<>(QuerySpec.of(model));
    }

    /**
     * Finds the record of {@code model} with primary key {@code id}.
     *
     * @param model the model class
     * @param id the key; integers are widened or narrowed to the key's type
     * @param <T> the model
     * @return the record, or null when there is none (or {@code id} is null)
     * @throws InvalidArgumentException when {@code model} is null
     */
    public static <T extends ActiveRecord<T>> T findOne(Class<T> model, Object id) {
        return Records.findOne(model, id);
    }

    /**
     * Finds the record of {@code model} with primary key {@code id}.
     *
     * @param model the model class
     * @param id the key
     * @param <T> the model
     * @return the record
     * @throws RecordNotFoundException naming the model and the key when there is none
     * @throws InvalidArgumentException when {@code model} or {@code id} is null
     */
    public static <T extends ActiveRecord<T>> T findOneOrThrow(Class<T> model, Object id) {
        return Records.findOneOrThrow(model, id);
    }

    /**
     * Saves every record in one transaction: new records are inserted in JDBC batches and get their
     * generated keys, changed ones are updated, clean ones are skipped; a record listed twice is saved once.
     * If any fails, none is saved and every record is as it was before the call, so the call can be retried.
     *
     * @param records the records
     * @throws InvalidArgumentException when {@code records} is or holds null
     * @throws InvalidValueException when a record holds a value its column cannot store (nothing is written)
     * @throws StatementFailedException when the database rejects a statement (nothing is written)
     */
    public static void saveAll(Collection<? extends ActiveRecord<?>> records) {
        Records.saveAll(Records.checked(records));
    }

    /**
     * Runs {@code body} in a transaction on the database of the models it touches (the one its first
     * statement goes to: a model's bound database, else the default) and returns its result; see
     * {@link Database#transaction(TransactionBody)} for commit, rollback and nesting. A write to a second
     * database inside the block fails rather than commit separately, and on rollback every record the block
     * wrote is put back as it was.
     *
     * <pre>{@code
     * User created = ActiveRecord.transaction(() -> { user.save(); profile.save(); return user; });
     * }</pre>
     *
     * @param body the block
     * @param <R> its result
     * @param <X> its checked exception
     * @return the block's result
     * @throws X whatever the block threw, after rolling back
     * @throws CommitOutcomeUnknownException when the connection was lost during the COMMIT, so the database may
     *     have committed or not
     * @throws ActiveRecordException when the commit fails, a nested block failed, or (PostgreSQL, where a failed
     *     statement aborts the transaction) a statement failed inside the block that caught its failure, or a
     *     statement's failure rolled back the whole transaction (a deadlock)
     */
    public static <R, X extends Exception> R transaction(TransactionBody<R, X> body) throws X {
        return Databases.transactionOnFirstUse(body);
    }

    /**
     * Runs {@code action} in a transaction on the database of the models it touches; see
     * {@link #transaction(TransactionBody)}.
     *
     * @param action the block
     * @param <X> its checked exception
     * @throws X whatever the block threw, after rolling back
     */
    public static <X extends Exception> void transaction(TransactionAction<X> action) throws X {
        Databases.transactionOnFirstUse((TransactionBody<Void, X>) () -> {
            action.run();
            return null;
        });
    }

    /**
     * Declares that this model holds a foreign key to one target row.
     *
     * <pre>{@code
     * public static final BelongsTo<User> author = belongsTo(foreignKey("user_id"), inverseOf("comments"));
     * }</pre>
     *
     * @param options {@link #foreignKey}, {@link #inverseOf}, {@link #target(Class)}, {@link #cache(Duration)}
     * @param <R> the target model
     * @return the relation
     */
    protected static <R extends ActiveRecord<R>> BelongsTo<R> belongsTo(RelationOption... options) {
        return new BelongsTo<>(options);
    }

    /**
     * Declares that one target row holds a foreign key to this model.
     *
     * @param options {@link #foreignKey}, {@link #inverseOf}, {@link #target(Class)}, {@link #dependent}, {@link #cache(Duration)}
     * @param <R> the target model
     * @return the relation
     */
    protected static <R extends ActiveRecord<R>> HasOne<R> hasOne(RelationOption... options) {
        return new HasOne<>(options);
    }

    /**
     * Declares that many target rows hold a foreign key to this model.
     *
     * <pre>{@code
     * public static final HasMany<Post> posts = hasMany(inverseOf("author"), orderBy("id DESC"), dependent(Dependent.DESTROY));
     * }</pre>
     *
     * @param options {@link #foreignKey}, {@link #inverseOf}, {@link #target(Class)}, {@link #orderBy}, {@link #dependent},
     *     {@link #cache(Duration)}
     * @param <R> the target model
     * @return the relation
     */
    protected static <R extends ActiveRecord<R>> HasMany<R> hasMany(RelationOption... options) {
        return new HasMany<>(options);
    }

    /**
     * Declares a many-to-many relation through a join model.
     *
     * <pre>{@code
     * public static final HasManyThrough<Course> courses =
     *         hasManyThrough(through(Enrollment.class), sourceForeignKey("student_id"), targetForeignKey("course_id"));
     * }</pre>
     *
     * @param options {@link #through(Class)} (required), {@link #sourceForeignKey}, {@link #targetForeignKey},
     *     {@link #inverseOf}, {@link #orderBy}, {@link #dependent}, {@link #cache(Duration)}
     * @param <R> the target model
     * @return the relation
     */
    protected static <R extends ActiveRecord<R>> HasManyThrough<R> hasManyThrough(RelationOption... options) {
        return new HasManyThrough<>(options);
    }
}

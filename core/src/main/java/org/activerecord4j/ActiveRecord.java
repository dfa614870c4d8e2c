package org.activerecord4j;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.activerecord4j.internal.runtime.Databases;
import org.activerecord4j.internal.runtime.QueryFactory;
import org.activerecord4j.internal.runtime.QuerySpec;
import org.activerecord4j.internal.runtime.Records;
import org.activerecord4j.internal.state.RecordAccess;
import org.activerecord4j.internal.state.RecordStates;
import org.activerecord4j.internal.state.RelationCache;
import org.activerecord4j.internal.state.SaveState;
import org.activerecord4j.relation.BelongsTo;
import org.activerecord4j.relation.Dependent;
import org.activerecord4j.relation.HasMany;
import org.activerecord4j.relation.HasManyThrough;
import org.activerecord4j.relation.HasOne;
import org.activerecord4j.relation.RelationOption;

/**
 * The base of every model: a class per table whose fields are its columns.
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
public abstract class ActiveRecord<T extends ActiveRecord<T>> {

    static {
        RecordStates.install(new StateAccess());
        QueryFactory.install(ActiveRecord::queryOf);
    }

    /** Whether this record has a row and the values last synchronised with it; created on first use. */
    private transient SaveState state;
    /** The relations loaded on this record; created when the first one is cached. */
    private transient RelationCache relationCache;

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
     * Deletes this record's row.
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
     * Returns whether this record has not been saved yet.
     *
     * @return true until the first successful {@code save()}
     */
    public boolean isNewRecord() {
        return Records.isNew(this);
    }

    /**
     * Returns whether any column differs from what was last loaded or saved; always true for a new record.
     *
     * @return true when {@code save()} would write something
     */
    public boolean isDirty() {
        return !Records.changedColumns(this).isEmpty();
    }

    /**
     * Returns the names of the columns {@code save()} would write.
     *
     * @return column names in declaration order
     */
    public List<String> changedColumns() {
        return Records.changedColumns(this);
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
     */
    public static <T extends ActiveRecord<T>> T findOneOrThrow(Class<T> model, Object id) {
        return Records.findOneOrThrow(model, id);
    }

    /**
     * Saves every record in one transaction: new records are inserted in JDBC batches and get their
     * generated keys, changed ones are updated, clean ones are skipped. If any fails, none is saved and
     * every record is as it was before the call, so the call can be retried.
     *
     * @param records the records
     * @throws InvalidArgumentException when {@code records} is or holds null
     * @throws InvalidValueException when a record holds a value its column cannot store (nothing is written)
     * @throws StatementFailedException when the database rejects a statement (nothing is written)
     */
    public static void saveAll(Collection<? extends ActiveRecord<?>> records) {
        if (records == null) {
            throw new InvalidArgumentException("saveAll(records) needs a collection of records but was null");
        }
        List<ActiveRecord<?>> checked = new ArrayList<>(records.size());
        for (ActiveRecord<?> record : records) {
            if (record == null) {
                throw new InvalidArgumentException("saveAll(records) got null at position " + checked.size() + " of "
                        + records.size() + "; pass records only");
            }
            checked.add(record);
        }
        Records.saveAll(checked);
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
     * Forgets the cached value of relation {@code name} on this instance, so the next read queries.
     *
     * @param name the relation's name
     * @throws RelationNotFoundException listing the model's relations when there is none of that name
     */
    public void clearRelationCache(String name) {
        Records.clearRelationCache(this, name);
    }

    /** Forgets every cached relation value on this instance. */
    public void clearAllRelationCaches() {
        Records.clearAllRelationCaches(this);
    }

    /**
     * Returns whether relation {@code name} is cached on this instance, so reading it issues no query.
     *
     * @param name the relation's name
     * @return true when cached and not expired
     * @throws RelationNotFoundException listing the model's relations when there is none of that name
     */
    public boolean hasCachedRelation(String name) {
        return Records.hasCachedRelation(this, name);
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

    /**
     * The foreign key column: on this model for a BelongsTo, on the target for HasOne and HasMany, on the
     * join model (pointing at this model) for HasManyThrough. Default: {@code {parent}_id}.
     *
     * @param column the column name
     * @return the option
     */
    protected static RelationOption foreignKey(String column) {
        return new RelationOption.ForeignKey(column);
    }

    /**
     * The join model's column pointing at this model, for HasManyThrough (same as {@link #foreignKey}).
     *
     * @param column the column name; default {@code {owner}_id}
     * @return the option
     */
    protected static RelationOption sourceForeignKey(String column) {
        return new RelationOption.ForeignKey(column);
    }

    /**
     * The join model's column pointing at the target, for HasManyThrough.
     *
     * @param column the column name; default {@code {target}_id}
     * @return the option
     */
    protected static RelationOption targetForeignKey(String column) {
        return new RelationOption.TargetForeignKey(column);
    }

    /**
     * The relation on the target model that points back to this one.
     *
     * @param relation the other relation's name
     * @return the option
     */
    protected static RelationOption inverseOf(String relation) {
        return new RelationOption.InverseOf(relation);
    }

    /**
     * The target model, when the field's type argument does not say it.
     *
     * @param model the target class
     * @return the option
     */
    protected static RelationOption target(Class<? extends ActiveRecord<?>> model) {
        return new RelationOption.Target(model, null);
    }

    /**
     * The target model by simple name, resolved on first use (for models that refer to each other).
     *
     * @param model the target's simple name, e.g. {@code "User"}
     * @return the option
     */
    protected static RelationOption target(String model) {
        return new RelationOption.Target(null, model);
    }

    /**
     * The join model of a HasManyThrough.
     *
     * @param model the join model class
     * @return the option
     */
    protected static RelationOption through(Class<? extends ActiveRecord<?>> model) {
        return new RelationOption.Through(model, null);
    }

    /**
     * The join model of a HasManyThrough, by simple name.
     *
     * @param model the join model's simple name
     * @return the option
     */
    protected static RelationOption through(String model) {
        return new RelationOption.Through(null, model);
    }

    /**
     * The order of a to-many relation's records (default: the target's primary key).
     *
     * @param column a column of the target, optionally followed by ASC or DESC
     * @return the option
     */
    protected static RelationOption orderBy(String column) {
        return new RelationOption.OrderBy(column);
    }

    /**
     * What deleting this model's record does to the related rows.
     *
     * @param action DESTROY, DELETE, NULLIFY or RESTRICT
     * @return the option
     */
    protected static RelationOption dependent(Dependent action) {
        return new RelationOption.DependentOption(action);
    }

    /**
     * How long a loaded value stays cached on an instance (default: until cleared).
     *
     * @param timeToLive the time to live
     * @return the option
     */
    protected static RelationOption cache(Duration timeToLive) {
        return new RelationOption.Cache(timeToLive);
    }

    /**
     * Whether loaded values are cached on the instance at all (default true).
     *
     * @param enabled false to query on every read
     * @return the option
     */
    protected static RelationOption cache(boolean enabled) {
        return new RelationOption.Cache(enabled ? null : Duration.ZERO);
    }

    @Override
    public String toString() {
        return Records.describe(this);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Query<?> queryOf(QuerySpec<?> spec) {
        return new Query((QuerySpec) spec);
    }

    /** Lends a record's private state to the runtime, which installs it once. */
    private static final class StateAccess implements RecordAccess {
        @Override
        public SaveState saveState(ActiveRecord<?> record) {
            SaveState state = record.state;
            if (state == null) {
                state = new SaveState();
                record.state = state;
            }
            return state;
        }

        @Override
        public RelationCache relationCache(ActiveRecord<?> record, boolean create) {
            RelationCache cache = record.relationCache;
            if (cache == null && create) {
                cache = new RelationCache();
                record.relationCache = cache;
            }
            return cache;
        }

        @Override
        public void relationCache(ActiveRecord<?> record, RelationCache cache) {
            record.relationCache = cache;
        }
    }
}

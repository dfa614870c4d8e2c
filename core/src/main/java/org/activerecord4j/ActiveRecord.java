package org.activerecord4j;

import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;
import org.activerecord4j.internal.jdbc.Routing;
import org.activerecord4j.internal.meta.ColumnInfo;
import org.activerecord4j.internal.meta.Keys;
import org.activerecord4j.internal.meta.ModelInfo;
import org.activerecord4j.internal.persist.Persister;
import org.activerecord4j.internal.persist.RecordState;
import org.activerecord4j.internal.persist.RecordStates;
import org.activerecord4j.internal.sql.SelectSpec;

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
        RecordStates.install(record -> record.state);
    }

    private final transient RecordState state = new RecordState();

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
        Persister.save(this);
    }

    /**
     * Deletes this record's row.
     *
     * @throws ActiveRecordException when the record was never saved or already deleted
     */
    public void delete() {
        Persister.delete(this);
    }

    /**
     * Reads this record's row again, discarding unsaved changes.
     *
     * @throws RecordNotFoundException when the row no longer exists
     */
    @SuppressWarnings("unchecked")
    public void reload() {
        Persister.reload((T) this);
    }

    /**
     * Returns whether this record has not been saved yet.
     *
     * @return true until the first successful {@code save()}
     */
    public boolean isNewRecord() {
        return !state.persisted() && !state.destroyed();
    }

    /**
     * Returns whether any column differs from what was last loaded or saved; always true for a new record.
     *
     * @return true when {@code save()} would write something
     */
    public boolean isDirty() {
        return !Persister.changedColumns(this).isEmpty();
    }

    /**
     * Returns the names of the columns {@code save()} would write.
     *
     * @return column names in declaration order
     */
    public List<String> changedColumns() {
        return Persister.changedColumns(this).stream().map(ColumnInfo::name).toList();
    }

    /**
     * Starts a query over {@code model}.
     *
     * @param model the model class
     * @param <T> the model
     * @return a query over all its rows
     */
    public static <T extends ActiveRecord<T>> Query<T> query(Class<T> model) {
        return new Query<>(ModelInfo.of(model), SelectSpec.ALL);
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
        ModelInfo<T> info = ModelInfo.of(model);
        Object key = Keys.coerce(info, id);
        if (key == null) {
            return null;
        }
        return query(model).whereEq(info.primaryKey().fieldName(), key).one();
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
        T found = findOne(model, id);
        if (found == null) {
            ModelInfo<T> info = ModelInfo.of(model);
            throw new RecordNotFoundException(info.name(), id, "No " + info.name() + " with "
                    + info.primaryKey().fieldName() + "=" + id);
        }
        return found;
    }

    /**
     * Saves every record in one transaction: new records are inserted in JDBC batches and get their
     * generated keys, changed ones are updated, clean ones are skipped.
     *
     * @param records the records
     */
    public static void saveAll(Collection<? extends ActiveRecord<?>> records) {
        Persister.saveAll(List.copyOf(records));
    }

    /**
     * Runs {@code body} in a transaction on the default database; see {@link Database#transaction(TransactionBody)}.
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
        return Routing.defaultEngine().database().transaction(body);
    }

    /**
     * Runs {@code action} in a transaction on the default database; see {@link Database#transaction(TransactionAction)}.
     *
     * @param action the block
     * @param <X> its checked exception
     * @throws X whatever the block threw, after rolling back
     */
    public static <X extends Exception> void transaction(TransactionAction<X> action) throws X {
        Routing.defaultEngine().database().transaction(action);
    }

    @Override
    public String toString() {
        ModelInfo<?> model = ModelInfo.of(getClass());
        StringJoiner fields = new StringJoiner(", ", model.name() + "{", "}");
        for (ColumnInfo column : model.columns()) {
            Object value = column.get(this);
            fields.add(column.fieldName() + "=" + (value instanceof byte[] bytes ? bytes.length + " bytes" : value));
        }
        return fields.toString();
    }
}

package org.activerecord4j.internal.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.InvalidArgumentException;
import org.activerecord4j.Model;
import org.activerecord4j.RecordNotFoundException;
import org.activerecord4j.internal.load.Loads;
import org.activerecord4j.internal.load.RelationReads;
import org.activerecord4j.internal.model.ColumnInfo;
import org.activerecord4j.internal.model.Keys;
import org.activerecord4j.internal.model.ModelInfo;
import org.activerecord4j.internal.model.ModelRelations;
import org.activerecord4j.internal.state.RecordStates;
import org.activerecord4j.internal.state.RelationCache;
import org.activerecord4j.internal.write.BatchInserts;
import org.activerecord4j.internal.write.Deletes;
import org.activerecord4j.internal.write.Saves;

/** The runtime's side of {@code ActiveRecord} and {@code AsyncActiveRecord}: what a record and a model's static entry points do. */
public final class Records {

    private Records() {
    }

    /**
     * Saves a record; see {@link Saves#save}.
     *
     * @param record the record
     */
    public static void save(Model<?> record) {
        Saves.save(record);
    }

    /**
     * Deletes a record; see {@link Deletes#delete}.
     *
     * @param record the record
     */
    public static void delete(Model<?> record) {
        Deletes.delete(record);
    }

    /**
     * Reads a saved record's row again into it, discarding unsaved changes.
     *
     * @param record the record
     * @param <T> the model
     * @throws ActiveRecordException when it was never saved or was deleted
     * @throws RecordNotFoundException when its row no longer exists
     */
    public static <T extends Model<T>> void reload(T record) {
        ModelInfo<?> model = ModelInfo.of(record.getClass());
        if (!RecordStates.isPersisted(record)) {
            throw new ActiveRecordException("Cannot reload " + model.name() + ": it "
                    + (RecordStates.isDestroyed(record) ? "was deleted" : "was never saved"));
        }
        Object key = RecordStates.snapshotValue(record, model.primaryKey().index());
        if (!Loads.reload(record, key)) {
            throw new RecordNotFoundException(model.name(), key, model.name() + " with " + model.primaryKey().fieldName()
                    + "=" + key + " no longer exists");
        }
    }

    /**
     * Checks the records given to {@code saveAll}.
     *
     * @param records the collection
     * @return its records, in order
     * @throws InvalidArgumentException when the collection is or holds null
     */
    public static List<Model<?>> checked(Collection<? extends Model<?>> records) {
        if (records == null) {
            throw new InvalidArgumentException("saveAll(records) needs a collection of records but was null");
        }
        List<Model<?>> checked = new ArrayList<>(records.size());
        for (Model<?> record : records) {
            if (record == null) {
                throw new InvalidArgumentException("saveAll(records) got null at position " + checked.size() + " of "
                        + records.size() + "; pass records only");
            }
            checked.add(record);
        }
        return checked;
    }

    /**
     * Saves records in one transaction; see {@link BatchInserts#saveAll}.
     *
     * @param records the records, none null
     */
    public static void saveAll(List<? extends Model<?>> records) {
        BatchInserts.saveAll(records);
    }

    /**
     * Returns the names of the columns {@code save()} would write.
     *
     * @param record the record
     * @return the column names, in declaration order
     */
    public static List<String> changedColumns(Model<?> record) {
        return Saves.changedColumns(record).stream().map(ColumnInfo::name).toList();
    }

    /**
     * Finds the record of {@code type} with primary key {@code id}.
     *
     * @param type the model class
     * @param id the key; integers are widened or narrowed to the key's type
     * @param <T> the model
     * @return the record, or null when there is none or {@code id} is null
     * @throws InvalidArgumentException when {@code type} is null
     */
    public static <T> T findOne(Class<T> type, Object id) {
        if (type == null) {
            throw refusedFind("findOne", type, id);
        }
        ModelInfo<T> model = ModelInfo.of(type);
        Object key = Keys.coerce(model, id);
        if (key == null) {
            return null;
        }
        ModelRelations.of(type); // validates the model's relations on first use, as every query does
        return Loads.byKey(model, key);
    }

    /**
     * Finds the record of {@code type} with primary key {@code id}.
     *
     * @param type the model class
     * @param id the key
     * @param <T> the model
     * @return the record
     * @throws InvalidArgumentException when {@code type} or {@code id} is null
     * @throws RecordNotFoundException naming the model and the key when there is none
     */
    public static <T> T findOneOrThrow(Class<T> type, Object id) {
        if (type == null || id == null) {
            throw refusedFind("findOneOrThrow", type, id);
        }
        T found = findOne(type, id);
        if (found == null) {
            ModelInfo<T> model = ModelInfo.of(type);
            throw new RecordNotFoundException(model.name(), id, "No " + model.name() + " with "
                    + model.primaryKey().fieldName() + "=" + id);
        }
        return found;
    }

    /**
     * Returns why a finder refuses its arguments, called only once one is null: a model class is always needed,
     * and {@code findOneOrThrow} needs a key too ({@code findOne} returns null for a null key). The async twins
     * fail their futures with it, as the sync calls throw it.
     *
     * @param method {@code findOne} or {@code findOneOrThrow}
     * @param type the model class
     * @param id the key
     * @return the refusal
     */
    public static InvalidArgumentException refusedFind(String method, Class<?> type, Object id) {
        if (type == null) {
            return new InvalidArgumentException(method + "(model, id) needs a model class (e.g. User.class) but was null");
        }
        return new InvalidArgumentException(ModelInfo.of(type).name() + "." + method + "(id) needs a key but was null; "
                + "findOne(id) returns null for a null key");
    }

    /**
     * Forgets one cached relation of a record.
     *
     * @param record the record
     * @param name the relation's name
     * @throws org.activerecord4j.RelationNotFoundException listing the model's relations when there is none of that name
     */
    public static void clearRelationCache(Model<?> record, String name) {
        ModelRelations.of(record.getClass()).named(name);
        RelationCache cache = RecordStates.relationsIfAny(record);
        if (cache != null) {
            cache.clearRelation(name);
        }
    }

    /**
     * Forgets every cached relation of a record.
     *
     * @param record the record
     */
    public static void clearAllRelationCaches(Model<?> record) {
        RelationCache cache = RecordStates.relationsIfAny(record);
        if (cache != null) {
            cache.clearRelations();
        }
    }

    /**
     * Returns whether a relation of a record is cached.
     *
     * @param record the record
     * @param name the relation's name
     * @return true when reading it would not query
     * @throws org.activerecord4j.RelationNotFoundException listing the model's relations when there is none of that name
     */
    public static boolean hasCachedRelation(Model<?> record, String name) {
        return RelationReads.cachedForRead(ModelRelations.of(record.getClass()).named(name), record);
    }

    /**
     * Describes a record by its columns, for {@code toString()}.
     *
     * @param record the record
     * @return e.g. {@code User{id=1, name=Ann}}
     */
    public static String describe(Model<?> record) {
        ModelInfo<?> model = ModelInfo.of(record.getClass());
        StringJoiner fields = new StringJoiner(", ", model.name() + "{", "}");
        for (ColumnInfo column : model.columns()) {
            Object value = column.get(record);
            fields.add(column.fieldName() + "=" + (value instanceof byte[] bytes ? bytes.length + " bytes" : value));
        }
        return fields.toString();
    }
}

package org.activerecord4j;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.List;
import org.activerecord4j.internal.model.ModelInfo;
import org.activerecord4j.internal.runtime.QueryFactory;
import org.activerecord4j.internal.runtime.QuerySpec;
import org.activerecord4j.internal.runtime.Records;
import org.activerecord4j.internal.state.RecordAccess;
import org.activerecord4j.internal.state.RecordStates;
import org.activerecord4j.internal.state.RelationCache;
import org.activerecord4j.internal.state.SaveState;
import org.activerecord4j.relation.Dependent;
import org.activerecord4j.relation.RelationOption;

/**
 * What every model is, whichever front door it uses: a class per table whose fields are its columns, with
 * what a record knows about its row (saved or new, dirty columns) and its cached relations, and the options
 * relations are declared with. Models extend {@link ActiveRecord} (calls that return when done) or
 * {@link AsyncActiveRecord} (calls that return {@link java.util.concurrent.CompletableFuture}s), never this
 * class directly.
 *
 * <p>Fields map to columns in snake_case unless {@link Column} says otherwise; static and
 * {@code transient} fields are not columns. The key is the field named {@code id} or marked {@link Id}.
 * Records are not thread-safe: share them between threads only with outside synchronisation.
 *
 * @param <T> the model class itself
 */
public abstract sealed class Model<T extends Model<T>> permits ActiveRecord, AsyncActiveRecord {
    static {
        RecordStates.install(new StateAccess());
        QueryFactory.install(Model::queryOf, Model::asyncQueryOf);
    }

    /*
     * What the record knows about its row, kept in its own fields rather than in an object of its own, so
     * that a loaded record costs no more than itself and its snapshot: the column values last synchronised
     * with the database (null for a new record), and whether it has a row and whether it was deleted. A
     * model whose generated base has snapshot fields (FieldAccess.keepsSnapshot) keeps the values there
     * instead, flagged IN_FIELDS, so that a loaded record costs no array either.
     */
    private static final byte PERSISTED = 1;
    private static final byte DESTROYED = 2;
    private static final byte IN_FIELDS = 4;
    /** Set while saveAll queues the record, to find it if it is listed twice. */
    private static final byte LISTED = 8;
    private transient Object[] snapshot;
    private transient byte saveFlags;
    /** The relations loaded on this record; created when the first one is cached (volatile: async reads may race to). */
    private transient volatile RelationCache relationCache;

    /** For {@link ActiveRecord} and {@link AsyncActiveRecord}. */
    Model() {
    }

    /**
     * Returns whether this record has not been saved yet.
     *
     * @return true until the first successful {@code save()}
     */
    public boolean isNewRecord() {
        return RecordStates.isNew(this);
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
    protected static RelationOption target(Class<? extends Model<?>> model) {
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
    protected static RelationOption through(Class<? extends Model<?>> model) {
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

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static AsyncQuery<?> asyncQueryOf(QuerySpec<?> spec) {
        return new AsyncQuery((QuerySpec) spec);
    }

    /** Lends a record's private state to the runtime, which installs it once. */
    private static final class StateAccess implements RecordAccess {
        private static final VarHandle RELATION_CACHE;

        static {
            try {
                RELATION_CACHE = MethodHandles.lookup().findVarHandle(Model.class, "relationCache", RelationCache.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        @Override
        public SaveState saveState(Model<?> record) {
            byte flags = record.saveFlags;
            if (flags == 0 && record.snapshot == null) {
                return SaveState.NEW; // a record not saved yet, e.g. each of a batch insert's, costs no state object
            }
            return new SaveState((flags & PERSISTED) != 0, (flags & DESTROYED) != 0, snapshotArray(record));
        }

        @Override
        public void synced(Model<?> record, Object[] snapshot) {
            record.snapshot = snapshot;
            record.saveFlags = (byte) ((record.saveFlags | PERSISTED) & ~IN_FIELDS);
        }

        @Override
        public void syncedInFields(Model<?> record) {
            record.snapshot = null;
            record.saveFlags = (byte) (record.saveFlags | PERSISTED | IN_FIELDS);
        }

        @Override
        public void saveState(Model<?> record, SaveState state) {
            record.snapshot = state.snapshot();
            record.saveFlags = (byte) ((state.persisted() ? PERSISTED : 0) | (state.destroyed() ? DESTROYED : 0));
        }

        @Override
        public boolean persisted(Model<?> record) {
            return (record.saveFlags & PERSISTED) != 0;
        }

        @Override
        public boolean destroyed(Model<?> record) {
            return (record.saveFlags & DESTROYED) != 0;
        }

        @Override
        public boolean listedInBatch(Model<?> record, boolean listed) {
            byte flags = record.saveFlags;
            if (((flags & LISTED) != 0) == listed) {
                return false;
            }
            record.saveFlags = (byte) (listed ? flags | LISTED : flags & ~LISTED);
            return true;
        }

        @Override
        public Object snapshotValue(Model<?> record, int column) {
            if ((record.saveFlags & IN_FIELDS) != 0) {
                return fieldAccess(record).snapshot(record, column);
            }
            Object[] snapshot = record.snapshot;
            return snapshot == null ? null : snapshot[column];
        }

        /** The snapshot as an array: the record's own, or a copy of its snapshot fields. */
        private static Object[] snapshotArray(Model<?> record) {
            if ((record.saveFlags & IN_FIELDS) == 0) {
                return record.snapshot;
            }
            FieldAccess<Model<?>> access = fieldAccess(record);
            Object[] copy = new Object[access.fieldNames().size()];
            for (int i = 0; i < copy.length; i++) {
                copy[i] = access.snapshot(record, i);
            }
            return copy;
        }

        @SuppressWarnings("unchecked")
        private static FieldAccess<Model<?>> fieldAccess(Model<?> record) {
            return (FieldAccess<Model<?>>) ModelInfo.of(record.getClass()).fieldAccess();
        }

        @Override
        public RelationCache relationCache(Model<?> record, boolean create) {
            RelationCache cache = record.relationCache;
            if (cache == null && create) {
                // Async reads of two relations of one record may create it from two threads at once: one wins.
                RelationCache created = new RelationCache();
                cache = RELATION_CACHE.compareAndSet(record, null, created) ? created : record.relationCache;
            }
            return cache;
        }

        @Override
        public boolean relationCacheIfAbsent(Model<?> record, RelationCache cache) {
            return RELATION_CACHE.compareAndSet(record, null, cache);
        }

        @Override
        public void relationCache(Model<?> record, RelationCache cache) {
            record.relationCache = cache;
        }
    }

}

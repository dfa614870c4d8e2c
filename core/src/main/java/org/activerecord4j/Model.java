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
 * {@code transient} fields are not columns. The key is the field named {@code id} or marked {@link Id}. A
 * key the database generates may be a {@code Long} (null until the record is inserted) or a primitive
 * {@code long} or {@code int}, whose 0 then means "no key yet", as in Hibernate and Ebean.
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
     * What the record knows about its row besides its fields: the column values last synchronised with the
     * database (its snapshot, for dirty checking), whether it has a row and whether it was deleted, and the
     * relations loaded on it. All of it sits behind one reference, so that a loaded record costs itself and
     * its values and no more (two references and a flag byte would have padded a four-column record from
     * 48 to 56 bytes). The reference is, by what the record has:
     *   - null: a new record, nothing loaded on it;
     *   - one of the shared Flags markers: flags only (a loaded record whose generated base keeps its
     *     snapshot in fields, FieldAccess.keepsSnapshot, flagged IN_FIELDS; a deleted or queued new one);
     *   - an Object[]: the snapshot of a loaded record whose model keeps no snapshot fields, flags PERSISTED;
     *   - a SharedRelation: flags and one cached relation, shared with other records (the rows an eager step
     *     read for one owner share the state that holds their inverse, that owner; no cache object per row);
     *     a record that changes it gets its own RelationCache holding that relation first;
     *   - its RelationCache, once a relation was cached on it, or when flags and an array come together:
     *     the cache then holds the flags and the array too.
     * Replaced by compare-and-set (async reads may give the record its relation cache from another thread
     * while its own thread saves it); a cache, once there, is updated in place.
     */
    private static final byte PERSISTED = 1;
    private static final byte DESTROYED = 2;
    private static final byte IN_FIELDS = 4;
    /** Set while saveAll queues the record, to find it if it is listed twice. */
    private static final byte LISTED = 8;
    /** See above: null, a {@code StateAccess.Flags}, an {@code Object[]} snapshot, a shared relation or a {@link RelationCache}. */
    private transient volatile Object state;

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
     * The relation on the target model that points back to this one. Between a BelongsTo and a HasOne or HasMany,
     * a load of one side fills the other from memory. Between two HasManyThrough relations it is checked (the same
     * join model, its keys the other way round) but fills nothing: one owner's targets cannot fill a target's list,
     * which holds other owners too (Rails does not support {@code inverse_of} on {@code has_many :through} either).
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
     * The target model by name, resolved on first use (for models that refer to each other). A simple name means
     * the relation field's type argument when that has the name, else the model of that name nested beside the
     * owner or in its package, else the one model of that name the application has used; a name several such
     * models share is refused on first use, naming them: give the full name ({@code "com.example.blog.User"})
     * or {@link #target(Class)} instead.
     *
     * @param model the target's simple or full name, e.g. {@code "User"}
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
     * The join model of a HasManyThrough, by simple or full name, resolved as {@link #target(String)} resolves a
     * name (there is no type argument to consult).
     *
     * @param model the join model's simple or full name
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
     * How long a loaded value stays cached on an instance (default: until cleared). A value loaded ahead of a
     * read (by {@code with(...)}, or as the inverse of a read of the other side) stays for this time too. A loaded list
     * that {@code add} or {@code remove} keeps in step with the database stays for the rest of its time, not longer.
     *
     * <pre>{@code
     * public static final BelongsTo<Rate> rate = belongsTo(cache(Duration.ofMinutes(5)));
     * }</pre>
     *
     * @param timeToLive the time to live, zero for no caching as {@code cache(false)}
     * @return the option
     * @throws InvalidArgumentException when negative
     */
    protected static RelationOption cache(Duration timeToLive) {
        return new RelationOption.Cache(timeToLive);
    }

    /**
     * Whether loaded values are cached on the instance at all (default true). With {@code cache(false)} a read
     * that loads the relation keeps nothing, so each such read queries. A value loaded ahead of a read is what
     * the next read returns, as Rails' {@code preload} does: the rows {@code with(...)} loaded for the relation,
     * or the owner filled from memory as the inverse of a read of the other side
     * ({@code country.cities()} fills each {@code city.country()}); that one read takes it and runs no
     * statement, and the reads after it query again. {@code hasCachedRelation} tells whether one is waiting.
     * Under strict loading such a later read, on a record of a multi-row query, is a violation.
     *
     * @param enabled false to query on every read not answered by a value loaded ahead of it
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
        private static final VarHandle STATE;
        /** The state of a record with flags only, by flags (none for 0: that record's state is null). */
        private static final Flags[] FLAGS = new Flags[16];

        static {
            try {
                STATE = MethodHandles.lookup().findVarHandle(Model.class, "state", Object.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
            for (int i = 1; i < FLAGS.length; i++) {
                FLAGS[i] = new Flags((byte) i);
            }
        }

        /** A shared marker: the record has these flags, no snapshot array and no relation cache. */
        private record Flags(byte bits) {
        }

        /** A state records share: these flags, no snapshot array, and relation {@code name} cached as {@code value}. */
        private record SharedRelation(byte bits, String name, Object value) {
        }

        /** The flags of a record just read whose generated base keeps its snapshot in fields. */
        private static final int LOADED_IN_FIELDS = PERSISTED | IN_FIELDS;

        private static int flags(Object state) {
            if (state == null) {
                return 0;
            }
            if (state instanceof Flags flags) {
                return flags.bits();
            }
            if (state instanceof RelationCache cache) {
                return cache.saveFlags();
            }
            if (state instanceof SharedRelation shared) {
                return shared.bits();
            }
            return PERSISTED; // a snapshot array
        }

        private static Object[] snapshotArray(Object state) {
            if (state instanceof Object[] snapshot) {
                return snapshot;
            }
            return state instanceof RelationCache cache ? cache.snapshot() : null;
        }

        /** The state of a record without a relation cache that has {@code flags} and {@code snapshot}. */
        private static Object stateOf(int flags, Object[] snapshot) {
            if (snapshot == null) {
                return flags == 0 ? null : FLAGS[flags];
            }
            if (flags == PERSISTED) {
                return snapshot;
            }
            RelationCache holder = new RelationCache(); // rare: a deleted record's snapshot array, say
            holder.saveStateUnpublished(flags, snapshot);
            return holder;
        }

        /** Gives the record {@code flags} and {@code snapshot}, keeping its relation cache. */
        private static void update(Model<?> record, int flags, Object[] snapshot) {
            while (true) {
                Object state = record.state;
                if (state instanceof RelationCache cache) {
                    cache.saveState(flags, snapshot);
                    return;
                }
                Object next = state instanceof SharedRelation shared ? ownCache(shared, flags, snapshot) : stateOf(flags, snapshot);
                if (STATE.compareAndSet(record, state, next)) {
                    return;
                }
            }
        }

        /** A record's own relation cache, to replace the {@code shared} state: it holds that relation, {@code flags} and {@code snapshot}. */
        private static RelationCache ownCache(SharedRelation shared, int flags, Object[] snapshot) {
            RelationCache own = RelationCache.holding(shared.name(), shared.value(), null);
            own.saveStateUnpublished(flags, snapshot);
            return own;
        }

        /**
         * Makes {@code cache}, which holds no flags yet, the record's state if it has no cache; false if it has
         * (a shared relation counts: the record must first get its own cache holding it).
         */
        private static boolean install(Model<?> record, RelationCache cache) {
            while (true) {
                Object state = record.state;
                if (state instanceof RelationCache || state instanceof SharedRelation) {
                    return false;
                }
                cache.saveStateUnpublished(flags(state), snapshotArray(state)); // no other thread sees it yet
                if (STATE.compareAndSet(record, state, cache)) {
                    return true;
                }
            }
        }

        @Override
        public SaveState saveState(Model<?> record) {
            Object state = record.state;
            int flags = flags(state);
            if (flags == 0 && snapshotArray(state) == null) {
                return SaveState.NEW; // a record not saved yet, e.g. each of a batch insert's, costs no state object
            }
            return new SaveState((flags & PERSISTED) != 0, (flags & DESTROYED) != 0, snapshotArray(record, state));
        }

        @Override
        public void loaded(Model<?> record, Object[] snapshot) {
            if (record.state != null) {
                update(record, snapshot == null ? LOADED_IN_FIELDS : PERSISTED, snapshot);
                return;
            }
            // No other thread has seen the record yet: a plain write, no compare-and-set per row.
            STATE.set(record, snapshot == null ? FLAGS[LOADED_IN_FIELDS] : snapshot);
        }

        @Override
        public void synced(Model<?> record, Object[] snapshot) {
            update(record, (flags(record.state) | PERSISTED) & ~IN_FIELDS, snapshot);
        }

        @Override
        public void syncedInFields(Model<?> record) {
            update(record, flags(record.state) | PERSISTED | IN_FIELDS, null);
        }

        @Override
        public void saveState(Model<?> record, SaveState state) {
            update(record, (state.persisted() ? PERSISTED : 0) | (state.destroyed() ? DESTROYED : 0), state.snapshot());
        }

        @Override
        public boolean persisted(Model<?> record) {
            return (flags(record.state) & PERSISTED) != 0;
        }

        @Override
        public boolean destroyed(Model<?> record) {
            return (flags(record.state) & DESTROYED) != 0;
        }

        @Override
        public boolean listedInBatch(Model<?> record, boolean listed) {
            Object state = record.state;
            int flags = flags(state);
            if (((flags & LISTED) != 0) == listed) {
                return false;
            }
            update(record, listed ? flags | LISTED : flags & ~LISTED, snapshotArray(state));
            return true;
        }

        @Override
        public Object snapshotValue(Model<?> record, int column) {
            Object state = record.state;
            if ((flags(state) & IN_FIELDS) != 0) {
                return fieldAccess(record).snapshot(record, column);
            }
            Object[] snapshot = snapshotArray(state);
            return snapshot == null ? null : snapshot[column];
        }

        /** The snapshot as an array: the record's own, or a copy of its snapshot fields. */
        private static Object[] snapshotArray(Model<?> record, Object state) {
            if ((flags(state) & IN_FIELDS) == 0) {
                return snapshotArray(state);
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
            Object state = record.state;
            if (state instanceof RelationCache cache) {
                return cache;
            }
            if (state instanceof SharedRelation shared) {
                // The caller may change the cache: the record gets its own, holding the shared relation.
                RelationCache own = ownCache(shared, shared.bits(), null);
                return STATE.compareAndSet(record, state, own) ? own : relationCache(record, create);
            }
            if (!create) {
                return null;
            }
            // Async reads of two relations of one record may create it from two threads at once: one wins.
            RelationCache created = new RelationCache();
            return install(record, created) ? created : relationCache(record, true);
        }

        @Override
        public boolean relationCacheIfAbsent(Model<?> record, RelationCache cache) {
            return install(record, cache);
        }

        @Override
        public Object cachedRelation(Model<?> record, String name) {
            Object state = record.state;
            if (state instanceof SharedRelation shared) {
                return shared.name().equals(name) ? shared.value() : RelationCache.MISSING;
            }
            return state instanceof RelationCache cache ? cache.cached(name) : RelationCache.MISSING;
        }

        @Override
        public Object sharedRelation(String name, Object value) {
            return new SharedRelation((byte) LOADED_IN_FIELDS, name, value);
        }

        @Override
        public boolean shareRelation(Model<?> record, Object shared) {
            if (record.state != FLAGS[LOADED_IN_FIELDS]) {
                return false;
            }
            STATE.set(record, (SharedRelation) shared); // no other thread has seen the record yet: a plain write
            return true;
        }

        @Override
        public void relationCache(Model<?> record, RelationCache cache) {
            while (true) {
                Object state = record.state;
                int flags = flags(state);
                Object[] snapshot = snapshotArray(state);
                Object next;
                if (cache == null) {
                    next = stateOf(flags, snapshot);
                } else {
                    cache.saveState(flags, snapshot);
                    next = cache;
                }
                if (STATE.compareAndSet(record, state, next)) {
                    return;
                }
            }
        }
    }

}

package org.activerecord4j.internal.load;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.activerecord4j.Model;
import org.activerecord4j.internal.model.BoundRelation;
import org.activerecord4j.internal.model.Keys;
import org.activerecord4j.internal.model.ModelInfo;
import org.activerecord4j.internal.sql.RowsOf;
import org.activerecord4j.internal.sql.SelectSpec;
import org.activerecord4j.internal.state.RecordStates;
import org.activerecord4j.internal.state.RelationCache;

/** Lazy loading: the first read of a relation on an instance queries and caches, later reads do not. */
public final class RelationReads {

    private RelationReads() {
    }

    /**
     * Reads a to-one relation (BelongsTo, HasOne).
     *
     * @param relation the relation
     * @param record the owner
     * @param <T> the target
     * @return the target or null
     */
    @SuppressWarnings("unchecked")
    public static <T> T one(BoundRelation relation, Model<?> record) {
        Object answer = oneFromMemory(relation, record);
        if (answer != RelationCache.MISSING) {
            return (T) answer;
        }
        RelationCache owner = RecordStates.relationsIfAny(record);
        Object key = relation.ownerKey(record);
        StrictLoads.checkLazyLoad(owner, relation);
        T loaded = Loads.firstInItsOrder((ModelInfo<T>) relation.target(), rowsOf(relation, key), EagerPlan.none(), null);
        // A BelongsTo's absent parent is cached with its key, so that a read after the key changed is not answered from it.
        Object value = loaded == null && relation.kind().ownerHoldsKey() ? RelationCache.absent(key) : loaded;
        if (loaded != null) {
            // Before caching: a parent whose key differs from the foreign key would be stale at once, and read again.
            KeyMismatch.check(relation, key, (Model<?>) loaded);
        }
        RecordStates.relations(record).cache(relation.name(), value, relation.timeToLive());
        if (loaded != null) {
            Model<?> target = (Model<?>) loaded;
            StrictLoads.markLazyLoaded(owner, relation, List.of(target));
            Inverses.fillFromOne(relation, record, target);
        }
        return loaded;
    }

    /**
     * Reads a to-one relation when that runs no statement: from the relation cache, or as null for a null key.
     *
     * @param relation the relation
     * @param record the owner
     * @return the target, null, or {@link RelationCache#MISSING} when reading it needs a statement
     */
    public static Object oneFromMemory(BoundRelation relation, Model<?> record) {
        Object cached = cachedForThisRead(relation, record);
        if (cached != RelationCache.MISSING && !stale(relation, record, cached)) {
            return cached;
        }
        Object key = relation.ownerKey(record);
        if (key != null) {
            return RelationCache.MISSING;
        }
        // A BelongsTo's absent parent is cached with its key, so that a read after the key changed is not answered from it.
        RecordStates.relations(record).cache(relation.name(), relation.kind().ownerHoldsKey() ? RelationCache.absent(null) : null,
                relation.timeToLive());
        return null;
    }

    /**
     * Reads a to-many relation (HasMany, HasManyThrough).
     *
     * @param relation the relation
     * @param record the owner
     * @param <T> the target
     * @return the unmodifiable list
     */
    @SuppressWarnings("unchecked")
    public static <T> List<T> many(BoundRelation relation, Model<?> record) {
        Object answer = manyFromMemory(relation, record);
        if (answer != RelationCache.MISSING) {
            return (List<T>) answer;
        }
        RelationCache owner = RecordStates.relationsIfAny(record);
        StrictLoads.checkLazyLoad(owner, relation);
        Object key = relation.ownerKey(record);
        List<T> loaded = List.copyOf(Loads.all((ModelInfo<T>) relation.target(), rowsOf(relation, key), EagerPlan.none(), null));
        if (relation.join() == null) {
            // Rows through a join model do not carry the join rows' key: the eager load checks those.
            for (T row : loaded) {
                KeyMismatch.check(relation, key, (Model<?>) row);
            }
        }
        StrictLoads.markLazyLoaded(owner, relation, (List<? extends Model<?>>) loaded);
        RecordStates.relations(record).cache(relation.name(), loaded, relation.timeToLive());
        Inverses.fillFromMany(relation, record, (List<? extends Model<?>>) loaded);
        return loaded;
    }

    /**
     * Refuses a lazy read of {@code relation} that strict loading forbids, as {@link #one} and {@link #many} do before
     * their statement: an async read that memory cannot answer checks this on the caller, so it fails at once, with
     * no statement and no wait for a connection, as the sync read does.
     *
     * @param relation the relation
     * @param record the owner
     */
    public static void checkLazyLoad(BoundRelation relation, Model<?> record) {
        StrictLoads.checkLazyLoad(RecordStates.relationsIfAny(record), relation);
    }

    /**
     * Reads a to-many relation when that runs no statement: from the relation cache, or as empty for a null key.
     *
     * @param relation the relation
     * @param record the owner
     * @return the unmodifiable list, or {@link RelationCache#MISSING} when reading it needs a statement
     */
    public static Object manyFromMemory(BoundRelation relation, Model<?> record) {
        Object cached = cachedForThisRead(relation, record);
        if (cached != RelationCache.MISSING) {
            return cached;
        }
        if (relation.ownerKey(record) != null) {
            return RelationCache.MISSING;
        }
        RecordStates.relations(record).cache(relation.name(), List.of(), relation.timeToLive());
        return List.of();
    }

    /**
     * The cached value a read of {@code relation} answers with: a relation that is not cached holds a value only
     * when it was loaded ahead of this read (eagerly, or as an inverse), which the read takes.
     */
    private static Object cachedForThisRead(BoundRelation relation, Model<?> record) {
        Duration timeToLive = relation.timeToLive();
        return timeToLive != null && timeToLive.isZero()
                ? RecordStates.take(record, relation.name()) : RecordStates.cached(record, relation.name());
    }

    /**
     * Returns whether {@code relation} of {@code record} holds a cached value that a read would answer: one is
     * cached, fresh, and (for a BelongsTo) cached for the record's current foreign key.
     *
     * @param relation the relation
     * @param record the owner
     * @return true when a value is cached for the read
     */
    public static boolean cachedForRead(BoundRelation relation, Model<?> record) {
        Object cached = RecordStates.cached(record, relation.name());
        return cached != RelationCache.MISSING && !stale(relation, record, cached);
    }

    /**
     * Returns whether {@code cached}, a BelongsTo's cached parent (or absence of one), is not what the record's
     * foreign key now points at: the key was changed in memory since (as Rails' {@code belongs_to} reader, the
     * parent is then read again). A parent assigned before it had a key stays until the record's save copies its key.
     */
    private static boolean stale(BoundRelation relation, Model<?> record, Object cached) {
        if (!relation.kind().ownerHoldsKey()) {
            return false;
        }
        if (cached == null) {
            Object key = relation.ownerKey(record);
            if (key == null) {
                return false; // no parent is right for a null key, whatever key the null was cached for
            }
            // A record caching null has a cache of its own (a shared state holds an owner): no copy is made here.
            RelationCache cache = RecordStates.relationsIfAny(record);
            Object absentFor = cache == null ? RelationCache.MISSING : cache.absentFor(relation.name());
            return absentFor != RelationCache.MISSING && !key.equals(absentFor);
        }
        if (!(cached instanceof Model<?> parent)) {
            return false;
        }
        Object parentKey = Keys.convert(relation.foreignKey(), relation.target().keyOf(parent));
        if (Objects.equals(parentKey, relation.ownerKey(record))) {
            return false;
        }
        // Only now: asking for the record's cache gives a record that shares its state a cache of its own.
        RelationCache cache = RecordStates.relationsIfAny(record);
        return cache == null || cache.awaitingKey(relation.name()) == null;
    }

    /**
     * Returns the select of the rows {@code relation} reads for an owner key, in the relation's order (after any
     * order a caller adds: {@link SelectSpec#sortTerms()}).
     *
     * @param relation the relation
     * @param ownerKey the owner's key ({@link BoundRelation#ownerKey}); null selects nothing
     * @return the select
     */
    public static SelectSpec rowsOf(BoundRelation relation, Object ownerKey) {
        return SelectSpec.ALL.scope(new RowsOf(relation, ownerKey));
    }
}

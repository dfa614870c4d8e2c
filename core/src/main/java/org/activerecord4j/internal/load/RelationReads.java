package org.activerecord4j.internal.load;

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
        Object cached = RecordStates.cached(record, relation.name());
        if (cached != RelationCache.MISSING && !stale(relation, record, cached)) {
            return (T) cached;
        }
        RelationCache owner = RecordStates.relationsIfAny(record);
        T loaded = null;
        Object key = relation.ownerKey(record);
        if (key != null) {
            StrictLoads.checkLazyLoad(owner, relation);
            loaded = Loads.firstInItsOrder((ModelInfo<T>) relation.target(), rowsOf(relation, key), EagerPlan.none(), null);
        }
        // A BelongsTo's absent parent is cached with its key, so that a read after the key changed is not answered from it.
        Object value = loaded == null && relation.kind().ownerHoldsKey() ? RelationCache.absent(key) : loaded;
        RecordStates.relations(record).cache(relation.name(), value, relation.timeToLive());
        if (loaded != null) {
            Model<?> target = (Model<?>) loaded;
            StrictLoads.markLazyLoaded(owner, relation, List.of(target));
            Inverses.fillFromOne(relation, record, target);
        }
        return loaded;
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
        Object cached = RecordStates.cached(record, relation.name());
        if (cached != RelationCache.MISSING) {
            return (List<T>) cached;
        }
        RelationCache owner = RecordStates.relationsIfAny(record);
        List<T> loaded = List.of();
        Object key = relation.ownerKey(record);
        if (key != null) {
            StrictLoads.checkLazyLoad(owner, relation);
            loaded = List.copyOf(Loads.all((ModelInfo<T>) relation.target(), rowsOf(relation, key), EagerPlan.none(), null));
            StrictLoads.markLazyLoaded(owner, relation, (List<? extends Model<?>>) loaded);
        }
        RecordStates.relations(record).cache(relation.name(), loaded, relation.timeToLive());
        Inverses.fillFromMany(relation, record, (List<? extends Model<?>>) loaded);
        return loaded;
    }

    /**
     * Returns whether reading {@code relation} on {@code record} runs no statement: its value is cached, or
     * the owner's key is null (a new owner, a null foreign key).
     *
     * @param relation the relation
     * @param record the owner
     * @return true when {@link #one} or {@link #many} would answer from memory
     */
    public static boolean answeredFromMemory(BoundRelation relation, Model<?> record) {
        return cachedForRead(relation, record) || relation.ownerKey(record) == null;
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
     * Returns the select of the rows {@code relation} reads for an owner key, in the relation's order.
     *
     * @param relation the relation
     * @param ownerKey the owner's key ({@link BoundRelation#ownerKey}); null selects nothing
     * @return the select
     */
    public static SelectSpec rowsOf(BoundRelation relation, Object ownerKey) {
        return SelectSpec.ALL.scope(new RowsOf(relation, ownerKey)).orderBy(relation.order());
    }
}

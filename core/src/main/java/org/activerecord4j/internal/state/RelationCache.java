package org.activerecord4j.internal.state;

import java.time.Duration;
import java.util.Arrays;

/**
 * A record's loaded relations, by name, and whether loading a missing one lazily is allowed (strict
 * loading). Thread-safe: async reads of two relations of one record ({@code allOf(user.posts(),
 * user.profile())}) fill it from two threads.
 */
public final class RelationCache {
    /*
     * Cached relations as name, value pairs. Eager loads fill many records with one relation (the inverse of
     * the load) or two (and the relation loaded below them), so the first two pairs live in fields, read
     * without reaching a second object, and only further ones take an array, sized to them exactly (records
     * hold few relations), so that no count is needed. A second pair is set only while a first is, and the
     * array only while both are.
     */
    private String firstRelation;
    private Object firstValue;
    private String secondRelation;
    private Object secondValue;
    private Object[] relations;
    /*
     * What the record keeps here besides its relations, in one field so that the cache stays at 40 bytes:
     * its path under strict loading (a String), its snapshot array (an Object[]: the record keeps its save
     * state here once it has a cache, so that it needs one field for all its state, see Model), or both (a
     * StrictAndSnapshot). The snapshot and the save flags are never part of a copy.
     */
    private Object aside;
    private boolean loadedWithOthers;
    private byte saveFlags;

    /** A cached value that expires. */
    private record Expiring(Object value, long expiresAtNanos) {
        boolean fresh() {
            return System.nanoTime() - expiresAtNanos < 0;
        }
    }

    /** The strict-loading path and the snapshot array of a record that has both. */
    private record StrictAndSnapshot(String strictPath, Object[] snapshot) {
    }

    /**
     * A value loaded ahead of a read (an eager step's rows, an inverse filled from memory) of a relation that is
     * not cached ({@code cache(false)}): it answers the next read, which removes it, as a query would have.
     */
    private record OneRead(Object value) {
    }

    /** A parent assigned while it had no key: the child's foreign key is copied from it once it has one. */
    private record AwaitingKey(Object parent) {
    }

    /** A BelongsTo's cached absence of a parent, with the foreign key it was found for (null for a null key). */
    private record Absent(Object key) {
    }

    /** The answer of {@link #cached(String)} when nothing fresh is cached; null is a cached value. */
    public static final Object MISSING = new Object();

    /**
     * Returns the save flags of the record this cache belongs to (for {@code Model}, which owns their meaning).
     *
     * @return the flags
     */
    public int saveFlags() {
        return saveFlags;
    }

    /**
     * Returns the snapshot array of the record this cache belongs to.
     *
     * @return the array, or null when the record has none (a new record, or one that keeps its snapshot in fields)
     */
    public synchronized Object[] snapshot() {
        return snapshotIn(aside);
    }

    /**
     * Keeps the save state of the record this cache belongs to.
     *
     * @param flags the save flags
     * @param snapshot the snapshot array, or null
     */
    public synchronized void saveState(int flags, Object[] snapshot) {
        saveStateUnpublished(flags, snapshot);
    }

    /**
     * Keeps the save state of the record this cache belongs to, as {@link #saveState} does, without taking
     * the lock: for a cache no other thread can see yet, about to be published as the record's state (eager
     * loads give every record one, so this saves a lock per record).
     *
     * @param flags the save flags
     * @param snapshot the snapshot array, or null
     */
    public void saveStateUnpublished(int flags, Object[] snapshot) {
        this.saveFlags = (byte) flags;
        aside(strictPathIn(aside), snapshot);
    }

    private static Object[] snapshotIn(Object aside) {
        return aside instanceof Object[] snapshot ? snapshot : aside instanceof StrictAndSnapshot both ? both.snapshot() : null;
    }

    private static String strictPathIn(Object aside) {
        return aside instanceof String path ? path : aside instanceof StrictAndSnapshot both ? both.strictPath() : null;
    }

    private void aside(String strictPath, Object[] snapshot) {
        if (strictPath == null) {
            aside = snapshot;
        } else {
            aside = snapshot == null ? strictPath : new StrictAndSnapshot(strictPath, snapshot);
        }
    }

    /** Creates an empty cache. */
    public RelationCache() {
    }

    private RelationCache(String name, Object stored) {
        this.firstRelation = name;
        this.firstValue = stored;
    }

    /**
     * Returns a new cache that holds {@code value} for relation {@code name}, filled before any other thread can
     * see it (publish it through a volatile field), so without taking its lock.
     *
     * @param name the relation
     * @param value the value, possibly null
     * @param timeToLive how long it stays valid; null for ever, zero for not at all
     * @return the cache, or null when the value is not to be cached at all
     */
    public static RelationCache holding(String name, Object value, Duration timeToLive) {
        if (timeToLive != null && timeToLive.isZero()) {
            return null;
        }
        return new RelationCache(name, stored(value, timeToLive));
    }

    /**
     * Returns a new cache that holds {@code value} for relation {@code name} until the next read of it (see
     * {@link #cacheForOneRead}), filled before any other thread can see it, as {@link #holding} is.
     *
     * @param name the relation
     * @param value the value, possibly null
     * @return the cache
     */
    public static RelationCache holdingForOneRead(String name, Object value) {
        return new RelationCache(name, new OneRead(value));
    }

    private static Object stored(Object value, Duration timeToLive) {
        return timeToLive == null ? value : new Expiring(value, System.nanoTime() + timeToLive.toNanos());
    }

    /**
     * Returns the cached value of relation {@code name}, or {@link #MISSING}.
     *
     * @param name the relation
     * @return the value (possibly null) or {@link #MISSING}
     */
    public synchronized Object cached(String name) {
        Object value = stored(name);
        if (value instanceof Expiring expiring) {
            if (!expiring.fresh()) {
                clearRelation(name);
                return MISSING;
            }
            value = expiring.value();
        }
        return readable(value);
    }

    /**
     * Returns the cached value of relation {@code name} as {@link #cached} does, for a read that answers with it:
     * a value cached for one read ({@link #cacheForOneRead}) is removed.
     *
     * @param name the relation
     * @return the value (possibly null) or {@link #MISSING}
     */
    public synchronized Object take(String name) {
        if (stored(name) instanceof OneRead once) {
            clearRelation(name);
            return readable(once.value());
        }
        return cached(name);
    }

    /** What a read sees of a stored value that is neither expiring nor for one read. */
    private static Object readable(Object value) {
        if (value instanceof OneRead once) {
            value = once.value();
        }
        if (value instanceof Absent) {
            return null;
        }
        return value instanceof AwaitingKey awaiting ? awaiting.parent() : value;
    }

    /**
     * Returns what to cache for a BelongsTo that has no parent for foreign key {@code key}: it reads as null,
     * and {@link #absentFor} tells the key, so that a read after the key changed is not answered from it.
     *
     * @param key the foreign key the absence was found for, possibly null
     * @return the value to cache
     */
    public static Object absent(Object key) {
        return new Absent(key);
    }

    /**
     * Returns the foreign key for which relation {@code name} was cached as {@link #absent}, or {@link #MISSING}
     * when it holds something else (a parent, a plain null) or nothing.
     *
     * @param name the relation
     * @return the key (possibly null) or {@link #MISSING}
     */
    public synchronized Object absentFor(String name) {
        Object value = stored(name);
        if (value instanceof Expiring expiring) {
            value = expiring.value();
        }
        if (value instanceof OneRead once) {
            value = once.value();
        }
        return value instanceof Absent absent ? absent.key() : MISSING;
    }

    /**
     * Caches {@code parent}, assigned through BelongsTo relation {@code name} while it had no key, and remembers
     * that the record's foreign key is still to be copied from it ({@link #awaitingKey}).
     *
     * @param name the relation
     * @param parent the parent
     */
    public synchronized void cacheAwaitingKey(String name, Object parent) {
        cache(name, new AwaitingKey(parent), null);
    }

    /**
     * Returns the parent assigned through relation {@code name} while it had no key, if it is still the one cached.
     *
     * @param name the relation
     * @return the parent, or null
     */
    public synchronized Object awaitingKey(String name) {
        return stored(name) instanceof AwaitingKey awaiting ? awaiting.parent() : null;
    }

    /**
     * Caches {@code value} for relation {@code name}.
     *
     * @param name the relation
     * @param value the value, possibly null
     * @param timeToLive how long it stays valid; null for ever, zero for not at all (what was cached is then
     *     forgotten, so that the next read queries)
     */
    public synchronized void cache(String name, Object value, Duration timeToLive) {
        if (timeToLive != null && timeToLive.isZero()) {
            clearRelation(name);
            return;
        }
        put(name, stored(value, timeToLive));
    }

    /**
     * Replaces the cached value of relation {@code name} with {@code value}, the same rows after a write through the
     * relation, for as long as the value it replaces was to stay: a time to live still runs from when the rows were
     * loaded, and a value kept for one read stays for that read. Caches nothing when no fresh value is cached.
     *
     * @param name the relation
     * @param value the value, possibly null
     */
    public synchronized void replace(String name, Object value) {
        Object stored = stored(name);
        if (stored == MISSING) {
            return;
        }
        if (stored instanceof Expiring expiring) {
            if (expiring.fresh()) {
                put(name, new Expiring(value, expiring.expiresAtNanos()));
            } else {
                clearRelation(name);
            }
        } else {
            put(name, stored instanceof OneRead ? new OneRead(value) : value);
        }
    }

    /**
     * Caches {@code value}, loaded ahead of a read, for relation {@code name} until the next read of it
     * ({@link #take}): for a relation that is not cached ({@code cache(false)}), whose reads otherwise query.
     *
     * @param name the relation
     * @param value the value, possibly null
     */
    public synchronized void cacheForOneRead(String name, Object value) {
        put(name, new OneRead(value));
    }

    private void put(String name, Object stored) {
        if (firstRelation == null || is(firstRelation, name)) {
            firstRelation = name;
            firstValue = stored;
            return;
        }
        if (secondRelation == null || is(secondRelation, name)) {
            secondRelation = name;
            secondValue = stored;
            return;
        }
        int slot = slotOf(name);
        if (slot < 0) {
            slot = relations == null ? 0 : relations.length;
            relations = relations == null ? new Object[2] : Arrays.copyOf(relations, slot + 2);
            relations[slot] = name;
        }
        relations[slot + 1] = stored;
    }

    /**
     * Returns whether relation {@code name} has a fresh cached value.
     *
     * @param name the relation
     * @return true when reading it would not query
     */
    public synchronized boolean hasCached(String name) {
        return cached(name) != MISSING;
    }

    /**
     * Forgets relation {@code name}.
     *
     * @param name the relation
     */
    public synchronized void clearRelation(String name) {
        if (is(firstRelation, name)) {
            firstRelation = secondRelation;
            firstValue = secondValue;
            removeSecond();
            return;
        }
        if (is(secondRelation, name)) {
            removeSecond();
            return;
        }
        int slot = slotOf(name);
        if (slot >= 0) {
            remove(slot);
        }
    }

    /** Forgets every cached relation. */
    public synchronized void clearRelations() {
        firstRelation = null;
        firstValue = null;
        secondRelation = null;
        secondValue = null;
        relations = null;
    }

    /** What is stored for relation {@code name} as it is (expiring or awaiting a key), or {@link #MISSING}. */
    private Object stored(String name) {
        if (is(firstRelation, name)) {
            return firstValue;
        }
        if (is(secondRelation, name)) {
            return secondValue;
        }
        int slot = slotOf(name);
        return slot < 0 ? MISSING : relations[slot + 1];
    }

    private static boolean is(String relation, String name) {
        return relation != null && (relation == name || relation.equals(name));
    }

    /** Returns the array index of {@code name}'s pair beyond the first two, or -1. */
    private int slotOf(String name) {
        if (relations == null) {
            return -1;
        }
        for (int slot = 0; slot < relations.length; slot += 2) {
            Object key = relations[slot];
            if (key == name || key.equals(name)) {
                return slot;
            }
        }
        return -1;
    }

    /** Removes the second pair; the array's last pair, if any, takes its place. */
    private void removeSecond() {
        if (relations == null) {
            secondRelation = null;
            secondValue = null;
            return;
        }
        int end = relations.length;
        secondRelation = (String) relations[end - 2];
        secondValue = relations[end - 1];
        relations = end == 2 ? null : Arrays.copyOf(relations, end - 2);
    }

    /** Removes the pair at array index {@code slot}. */
    private void remove(int slot) {
        int end = relations.length;
        if (end == 2) {
            relations = null;
            return;
        }
        Object[] rest = new Object[end - 2];
        System.arraycopy(relations, 0, rest, 0, slot);
        System.arraycopy(relations, slot + 2, rest, slot, end - slot - 2);
        relations = rest;
    }

    /**
     * Puts the record under strict loading.
     *
     * @param path the relation path from the loading query's model to this record, {@code ""} for the
     *     query's own rows; used to name the {@code with(...)} a violation needs
     * @param withOthers true when it came from a multi-row query, so that a lazy load would be one of N
     */
    public synchronized void strict(String path, boolean withOthers) {
        aside(path, snapshotIn(aside));
        this.loadedWithOthers = withOthers;
    }

    /**
     * Returns the record's relation path under strict loading.
     *
     * @return the path, or null when strict loading is off for this record
     */
    public synchronized String strictPath() {
        return strictPathIn(aside);
    }

    /**
     * Returns whether a lazy load on this record is a strict-loading violation.
     *
     * @return true when it is strict and came from a multi-row query
     */
    public synchronized boolean lazyLoadForbidden() {
        return loadedWithOthers && strictPathIn(aside) != null;
    }

    /**
     * Returns a copy of this cache, to be put back with {@link #restore} should a transaction roll back.
     * Cached values are shared, not copied: they are immutable (lists are unmodifiable copies).
     *
     * @return the copy
     */
    public synchronized RelationCache copy() {
        RelationCache copy = new RelationCache();
        copy.restore(this);
        return copy;
    }

    /**
     * Puts back a cache saved with {@link #copy}.
     *
     * @param saved the saved cache
     */
    public synchronized void restore(RelationCache saved) {
        this.firstRelation = saved.firstRelation;
        this.firstValue = saved.firstValue;
        this.secondRelation = saved.secondRelation;
        this.secondValue = saved.secondValue;
        this.relations = saved.relations == null ? null : saved.relations.clone();
        aside(saved.strictPath(), snapshotIn(aside));
        this.loadedWithOthers = saved.loadedWithOthers;
    }
}

package org.activerecord4j.internal.state;

import java.time.Duration;
import org.activerecord4j.Model;

/**
 * Gives internal code a record's {@link SaveState} and {@link RelationCache} without making them public
 * API. The access is installed once by {@link Model}'s class initialiser.
 */
public final class RecordStates {

    private static volatile RecordAccess access;

    private RecordStates() {
    }

    /**
     * Installs the access; called once by {@link Model}.
     *
     * @param recordAccess reaches a record's state
     */
    public static void install(RecordAccess recordAccess) {
        if (access != null) {
            throw new IllegalStateException("record state access already installed");
        }
        access = recordAccess;
    }

    /**
     * Returns the save state of {@code record}, as a value (the record keeps it behind a field of its own).
     *
     * @param record the record
     * @return its save state
     */
    public static SaveState saveState(Model<?> record) {
        return access.saveState(record);
    }

    /**
     * Returns whether the record has not been saved (nor deleted) yet.
     *
     * @param record the record
     * @return true for a new record
     */
    public static boolean isNew(Model<?> record) {
        return !access.persisted(record) && !access.destroyed(record);
    }

    /**
     * Returns whether the record has a row: it was loaded or saved, and not deleted since.
     *
     * @param record the record
     * @return whether it is persisted
     */
    public static boolean isPersisted(Model<?> record) {
        return access.persisted(record);
    }

    /**
     * Returns whether the record's row was deleted through it.
     *
     * @param record the record
     * @return whether it is destroyed
     */
    public static boolean isDestroyed(Model<?> record) {
        return access.destroyed(record);
    }

    /**
     * Marks a record as listed in the batch {@code saveAll} is saving, so that a record listed twice is found
     * without a set of them all; {@link #unlistFromBatch} clears the mark when the batch is queued.
     *
     * @param record the record
     * @return false when it was already listed
     */
    public static boolean listInBatch(Model<?> record) {
        return access.listedInBatch(record, true);
    }

    /**
     * Clears the mark of {@link #listInBatch}.
     *
     * @param record the record
     */
    public static void unlistFromBatch(Model<?> record) {
        access.listedInBatch(record, false);
    }

    /**
     * Returns one column of the record's snapshot: the value it had when last synchronised with the database
     * (kept after a delete).
     *
     * @param record the record
     * @param column the column's index in its model
     * @return the value; null for a new record, which has no snapshot (callers ask only of saved ones)
     */
    public static Object snapshotValue(Model<?> record, int column) {
        return access.snapshotValue(record, column);
    }

    /**
     * Records that the row of {@code record} holds {@code snapshot}: it is persisted, with these values.
     *
     * @param record the record
     * @param snapshot the column values, indexed like the model's columns; not changed afterwards
     */
    public static void synced(Model<?> record, Object[] snapshot) {
        access.synced(record, snapshot);
    }

    /**
     * Records that the row of {@code record} holds what its snapshot fields now hold: it is persisted, with
     * these values ({@link org.activerecord4j.FieldAccess#keepsSnapshot()}).
     *
     * @param record the record, of a model that keeps its snapshot in its fields
     */
    public static void syncedInFields(Model<?> record) {
        access.syncedInFields(record);
    }

    /**
     * Records that {@code record}, just created for a row and seen by no other thread yet, holds that row.
     *
     * @param record the new record
     * @param snapshot the column values, or null when the record keeps them in its snapshot fields
     */
    public static void loaded(Model<?> record, Object[] snapshot) {
        access.loaded(record, snapshot);
    }

    /**
     * Records that the row of {@code record} was deleted through it.
     *
     * @param record the record
     */
    public static void deleted(Model<?> record) {
        access.saveState(record, access.saveState(record).deleted());
    }

    /**
     * Puts back a save state, e.g. one saved before a transaction that rolled back.
     *
     * @param record the record
     * @param state the state
     */
    public static void restore(Model<?> record, SaveState state) {
        access.saveState(record, state);
    }

    /**
     * Returns the relation cache of {@code record}, creating it on first use.
     *
     * @param record the record
     * @return its cache
     */
    public static RelationCache relations(Model<?> record) {
        return access.relationCache(record, true);
    }

    /**
     * Caches {@code value} for relation {@code name} of {@code record}; a record without a cache gets one that
     * holds the value from the start, which costs no lock.
     *
     * @param record the record
     * @param name the relation
     * @param value the value, possibly null
     * @param timeToLive how long it stays valid; null for ever, zero for not at all
     */
    public static void cache(Model<?> record, String name, Object value, Duration timeToLive) {
        RelationCache cache = access.relationCache(record, false);
        if (cache == null) {
            RelationCache filled = RelationCache.holding(name, value, timeToLive);
            if (filled == null || access.relationCacheIfAbsent(record, filled)) {
                return;
            }
            cache = access.relationCache(record, false); // another thread gave it one first
        }
        cache.cache(name, value, timeToLive);
    }

    /**
     * Caches {@code value}, loaded ahead of a read (an eager step's rows, an inverse filled from memory), for
     * relation {@code name} of {@code record} under the relation's policy: for ever, for {@code timeToLive}, or,
     * for a relation that is not cached (zero), until the next read of it, which it answers instead of a query.
     *
     * @param record the record
     * @param name the relation
     * @param value the value, possibly null
     * @param timeToLive the relation's time to live; null for ever, zero for the next read only
     */
    public static void cacheLoadedAhead(Model<?> record, String name, Object value, Duration timeToLive) {
        if (timeToLive == null || !timeToLive.isZero()) {
            cache(record, name, value, timeToLive);
            return;
        }
        RelationCache cache = access.relationCache(record, false);
        if (cache == null) {
            if (access.relationCacheIfAbsent(record, RelationCache.holdingForOneRead(name, value))) {
                return;
            }
            cache = access.relationCache(record, false); // another thread gave it one first
        }
        cache.cacheForOneRead(name, value);
    }

    /**
     * Returns the cached value of relation {@code name} on {@code record} for a read that answers with it, as
     * {@link #cached} does, removing a value cached for one read ({@link #cacheLoadedAhead}).
     *
     * @param record the record
     * @param name the relation
     * @return the value (possibly null) or {@link RelationCache#MISSING}
     */
    public static Object take(Model<?> record, String name) {
        RelationCache cache = access.relationCache(record, false);
        return cache == null ? RelationCache.MISSING : cache.take(name);
    }

    /**
     * Returns the relation cache of {@code record} if it has one.
     *
     * @param record the record
     * @return its cache, or null
     */
    public static RelationCache relationsIfAny(Model<?> record) {
        return access.relationCache(record, false);
    }

    /**
     * Replaces the relation cache of {@code record}.
     *
     * @param record the record
     * @param cache the cache, or null for none
     */
    public static void replaceRelations(Model<?> record, RelationCache cache) {
        access.relationCache(record, cache);
    }

    /**
     * Returns the cached value of relation {@code name} on {@code record}, or {@link RelationCache#MISSING}.
     *
     * @param record the record
     * @param name the relation
     * @return the value (possibly null) or {@link RelationCache#MISSING}
     */
    public static Object cached(Model<?> record, String name) {
        return access.cachedRelation(record, name);
    }

    /**
     * Returns a state that records just read can share when the only relation they cache is {@code name},
     * holding {@code value} for ever (no time to live): an eager step's rows for one owner, whose inverse is that
     * owner, so that they need no relation cache each. See {@link #shareRelation}.
     *
     * @param name the relation
     * @param value its value
     * @return the shared state
     */
    public static Object sharedRelation(String name, Object value) {
        return access.sharedRelation(name, value);
    }

    /**
     * Caches the relation of {@code shared} on {@code record} by sharing that state, if the record was just
     * read by this thread, no other thread can see it yet, its generated base keeps its snapshot in fields and
     * it caches nothing yet. A record that later caches or changes anything gets its own cache first.
     *
     * @param record the record, just read
     * @param shared a state from {@link #sharedRelation}
     * @return false when the record is not such a record: cache the relation with {@link #cache} instead
     */
    public static boolean shareRelation(Model<?> record, Object shared) {
        return access.shareRelation(record, shared);
    }
}

package org.activerecord4j.internal.state;

import org.activerecord4j.Model;

/**
 * Reaches the state {@link Model} keeps in private fields, so that it stays out of the public
 * API. {@code Model} implements it once and installs it in {@link RecordStates}.
 */
public interface RecordAccess {

    /**
     * Returns the record's save state as a value.
     *
     * @param record the record
     * @return its save state
     */
    SaveState saveState(Model<?> record);

    /**
     * Records that the record's row holds {@code snapshot}: it is persisted, with these values.
     *
     * @param record the record
     * @param snapshot the column values, indexed like the model's columns
     */
    void synced(Model<?> record, Object[] snapshot);

    /**
     * Records that the record's row holds what its snapshot fields now hold ({@link
     * org.activerecord4j.FieldAccess#keepsSnapshot()}): it is persisted, with these values.
     *
     * @param record the record, of a model that keeps its snapshot in its fields
     */
    void syncedInFields(Model<?> record);

    /**
     * Records that a record just created for a row, which no other thread has seen, holds that row: as
     * {@link #synced} or {@link #syncedInFields}, without the compare-and-set those need.
     *
     * @param record the new record
     * @param snapshot the column values, or null when the record keeps them in its snapshot fields
     */
    void loaded(Model<?> record, Object[] snapshot);

    /**
     * Returns whether the record has a row (it was loaded or saved, and not deleted since).
     *
     * @param record the record
     * @return whether it is persisted
     */
    boolean persisted(Model<?> record);

    /**
     * Returns whether the record's row was deleted through it.
     *
     * @param record the record
     * @return whether it is destroyed
     */
    boolean destroyed(Model<?> record);

    /**
     * Marks the record as listed in the batch being saved, or clears the mark.
     *
     * @param record the record
     * @param listed whether to mark it (true) or clear the mark (false)
     * @return whether the mark changed: false when marking a record already marked
     */
    boolean listedInBatch(Model<?> record, boolean listed);

    /**
     * Returns one column of the record's snapshot without copying the rest.
     *
     * @param record the record
     * @param column the column's index in its model
     * @return the value it had when last synchronised with the database; null for a new record
     */
    Object snapshotValue(Model<?> record, int column);

    /**
     * Replaces the record's save state, e.g. with one saved before a transaction.
     *
     * @param record the record
     * @param state the state
     */
    void saveState(Model<?> record, SaveState state);

    /**
     * Returns the record's relation cache.
     *
     * @param record the record
     * @param create whether to create it when the record has none yet
     * @return its cache, or null when it has none and {@code create} is false
     */
    RelationCache relationCache(Model<?> record, boolean create);

    /**
     * Gives the record {@code cache} if it has none yet, atomically.
     *
     * @param record the record
     * @param cache the new cache, already filled
     * @return false when the record had a cache, which it keeps
     */
    boolean relationCacheIfAbsent(Model<?> record, RelationCache cache);

    /**
     * Returns the cached value of relation {@code name} on the record, without giving it a cache.
     *
     * @param record the record
     * @param name the relation
     * @return the value (possibly null) or {@link RelationCache#MISSING}
     */
    Object cachedRelation(Model<?> record, String name);

    /**
     * Returns a state that records just read can share when the only relation they cache is {@code name},
     * holding {@code value} for ever: the rows an eager step read for one owner, whose inverse is that owner.
     *
     * @param name the relation
     * @param value its value
     * @return the shared state, for {@link #shareRelation}
     */
    Object sharedRelation(String name, Object value);

    /**
     * Gives {@code record} the shared state {@code shared} with a plain write, if it is a record just read
     * (by this thread, seen by no other yet) whose generated base keeps its snapshot in fields and which
     * caches nothing yet.
     *
     * @param record the record
     * @param shared a state from {@link #sharedRelation}
     * @return false when the record is not such a record: it keeps its state, and the relation is to be cached the usual way
     */
    boolean shareRelation(Model<?> record, Object shared);

    /**
     * Replaces the record's relation cache, e.g. with a copy saved before a transaction.
     *
     * @param record the record
     * @param cache the cache, or null for none
     */
    void relationCache(Model<?> record, RelationCache cache);
}

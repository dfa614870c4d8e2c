package org.activerecord4j.internal.state;

import org.activerecord4j.ActiveRecord;

/**
 * Reaches the state {@link ActiveRecord} keeps in private fields, so that it stays out of the public
 * API. {@code ActiveRecord} implements it once and installs it in {@link RecordStates}.
 */
public interface RecordAccess {

    /**
     * Returns the record's save state, creating it on first use.
     *
     * @param record the record
     * @return its save state
     */
    SaveState saveState(ActiveRecord<?> record);

    /**
     * Returns the record's relation cache.
     *
     * @param record the record
     * @param create whether to create it when the record has none yet
     * @return its cache, or null when it has none and {@code create} is false
     */
    RelationCache relationCache(ActiveRecord<?> record, boolean create);

    /**
     * Replaces the record's relation cache, e.g. with a copy saved before a transaction.
     *
     * @param record the record
     * @param cache the cache, or null for none
     */
    void relationCache(ActiveRecord<?> record, RelationCache cache);
}

package org.activerecord4j.internal.persist;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * What a record remembers about its row: whether it is saved, the column values last read or
 * written (for dirty checking), and whether it was deleted. Confined to the record's thread like
 * the record itself.
 */
public final class RecordState {

    private boolean persisted;
    private boolean destroyed;
    private Object[] snapshot;
    private Map<String, CachedRelation> relations;
    private String strictPath;
    private boolean loadedWithOthers;

    /** A loaded relation value and when it stops being valid. */
    private record CachedRelation(Object value, long expiresAtNanos) {
        boolean fresh() {
            return expiresAtNanos == Long.MAX_VALUE || System.nanoTime() - expiresAtNanos < 0;
        }
    }

    /** The answer of {@link #cached(String)} when nothing fresh is cached; null is a cached value. */
    public static final Object MISSING = new Object();

    /**
     * Returns the cached value of relation {@code name}, or {@link #MISSING}.
     *
     * @param name the relation
     * @return the value (possibly null) or {@link #MISSING}
     */
    public Object cached(String name) {
        CachedRelation cached = relations == null ? null : relations.get(name);
        if (cached == null) {
            return MISSING;
        }
        if (!cached.fresh()) {
            relations.remove(name);
            return MISSING;
        }
        return cached.value();
    }

    /**
     * Caches {@code value} for relation {@code name}.
     *
     * @param name the relation
     * @param value the value, possibly null
     * @param timeToLive how long it stays valid; null for ever, zero for not at all
     */
    public void cache(String name, Object value, Duration timeToLive) {
        if (timeToLive != null && timeToLive.isZero()) {
            return;
        }
        if (relations == null) {
            relations = new HashMap<>();
        }
        long expires = timeToLive == null ? Long.MAX_VALUE : System.nanoTime() + timeToLive.toNanos();
        relations.put(name, new CachedRelation(value, expires));
    }

    /**
     * Returns whether relation {@code name} has a fresh cached value.
     *
     * @param name the relation
     * @return true when reading it would not query
     */
    public boolean hasCached(String name) {
        return cached(name) != MISSING;
    }

    /**
     * Forgets relation {@code name}.
     *
     * @param name the relation
     */
    public void clearRelation(String name) {
        if (relations != null) {
            relations.remove(name);
        }
    }

    /** Forgets every cached relation. */
    public void clearRelations() {
        relations = null;
    }

    /**
     * Returns whether the record has a row.
     *
     * @return true after a load or an insert
     */
    public boolean persisted() {
        return persisted;
    }

    /**
     * Returns whether the record's row was deleted through it.
     *
     * @return true after {@code delete()}
     */
    public boolean destroyed() {
        return destroyed;
    }

    /**
     * Returns the column values as last synchronised with the database, or null for a new record.
     *
     * @return the snapshot, indexed like the model's columns
     */
    public Object[] snapshot() {
        return snapshot;
    }

    /**
     * Records that the row holds {@code values}.
     *
     * @param values the column values, indexed like the model's columns
     */
    public void synced(Object[] values) {
        this.snapshot = values;
        this.persisted = true;
    }

    /**
     * Puts the record under strict loading.
     *
     * @param path the relation path from the loading query's model to this record, {@code ""} for the
     *     query's own rows; used to name the {@code with(...)} a violation needs
     * @param withOthers true when it came from a multi-row query, so that a lazy load would be one of N
     */
    public void strict(String path, boolean withOthers) {
        this.strictPath = path;
        this.loadedWithOthers = withOthers;
    }

    /**
     * Returns the record's relation path under strict loading.
     *
     * @return the path, or null when strict loading is off for this record
     */
    public String strictPath() {
        return strictPath;
    }

    /**
     * Returns whether a lazy load on this record is a strict-loading violation.
     *
     * @return true when it is strict and came from a multi-row query
     */
    public boolean lazyLoadForbidden() {
        return strictPath != null && loadedWithOthers;
    }

    /** Records that the row was deleted. */
    public void deleted() {
        this.destroyed = true;
        this.persisted = false;
    }
}

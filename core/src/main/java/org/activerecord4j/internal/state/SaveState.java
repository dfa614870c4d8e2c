package org.activerecord4j.internal.state;

/**
 * What a record remembers about its row: whether it is saved, the column values last read or written
 * (for dirty checking), and whether it was deleted through it. Confined to the record's thread like the
 * record itself.
 */
public final class SaveState {

    private boolean persisted;
    private boolean destroyed;
    private Object[] snapshot;

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

    /** Records that the row was deleted. */
    public void deleted() {
        this.destroyed = true;
        this.persisted = false;
    }

    /**
     * Returns a copy, to be put back with {@link #restore} should a transaction roll back. The snapshot
     * array is shared: it is replaced, never changed in place.
     *
     * @return the copy
     */
    public SaveState copy() {
        SaveState copy = new SaveState();
        copy.restore(this);
        return copy;
    }

    /**
     * Puts back a state saved with {@link #copy}.
     *
     * @param saved the saved state
     */
    public void restore(SaveState saved) {
        this.persisted = saved.persisted;
        this.destroyed = saved.destroyed;
        this.snapshot = saved.snapshot;
    }
}

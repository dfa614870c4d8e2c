package org.activerecord4j.internal.state;

/**
 * What a record remembers about its row, as a value: whether it is saved, whether it was deleted through
 * it, and the column values last read or written (for dirty checking). The record keeps these behind a
 * field of its own ({@link RecordAccess}); this value is what a rolled-back transaction restores, and what callers
 * read the state as. Immutable; the snapshot array is replaced, never changed in place.
 *
 * @param persisted whether the record has a row (true after a load or an insert)
 * @param destroyed whether the record's row was deleted through it
 * @param snapshot the column values as last synchronised with the database, indexed like the model's
 *     columns, or null for a new record
 */
public record SaveState(boolean persisted, boolean destroyed, Object[] snapshot) {

    /** The state of a record that was never saved. */
    public static final SaveState NEW = new SaveState(false, false, null);

    /**
     * Returns the state after the record's row was deleted through it.
     *
     * @return not persisted, destroyed, the same snapshot
     */
    public SaveState deleted() {
        return new SaveState(false, true, snapshot);
    }
}

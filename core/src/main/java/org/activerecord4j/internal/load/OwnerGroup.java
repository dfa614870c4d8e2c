package org.activerecord4j.internal.load;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;
import org.activerecord4j.Model;

/**
 * The records one eager step loaded for one owner key, and the owner their BelongsTo inverse points to (the
 * last owner of the key, as when filled owner by owner). Once the step is done it is itself the unmodifiable
 * list its owners cache, so a to-many relation costs no copy and no wrapper. Adding is for the loader only;
 * every other change throws {@link UnsupportedOperationException}. Not thread-safe while loading; read-only
 * (so safe to share) once cached.
 */
final class OwnerGroup extends AbstractList<Model<?>> implements RandomAccess {

    private static final Object[] NONE = {};

    /** The owner key, converted to the type of the column the step's rows are matched on. */
    final Object key;
    Model<?> owner;
    /** The state the group's records just read share, which holds their inverse (the owner); made on first use. */
    Object sharedInverse;
    /** Object[], not Model[]: growing a Model[] goes through reflection ({@code Array.newInstance}). */
    private Object[] records = NONE;
    private int size;

    OwnerGroup(Object key) {
        this.key = key;
    }

    /** Adds a record read for this key; for the loader, before the list is cached. */
    void append(Model<?> record) {
        if (size == records.length) {
            records = size == 0 ? new Object[10] : Arrays.copyOf(records, size + (size >> 1));
        }
        records[size++] = record;
    }

    @Override
    public Model<?> get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + size);
        }
        return (Model<?>) records[index];
    }

    @Override
    public int size() {
        return size;
    }
}

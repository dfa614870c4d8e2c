package org.activerecord4j.internal.load;

import java.util.ArrayList;
import java.util.List;
import org.activerecord4j.Model;

/**
 * The records one eager step loaded for one owner key, and the owner their BelongsTo inverse points to (the
 * last owner of the key, as when filled owner by owner). Not thread-safe: one load uses it.
 */
final class OwnerGroup {

    /** The owner key, converted to the type of the column the step's rows are matched on. */
    final Object key;
    Model<?> owner;
    List<Model<?>> records;

    OwnerGroup(Object key) {
        this.key = key;
    }

    void add(Model<?> record) {
        if (records == null) {
            records = new ArrayList<>();
        }
        records.add(record);
    }
}

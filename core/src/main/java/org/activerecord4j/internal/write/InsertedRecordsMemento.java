package org.activerecord4j.internal.write;

import java.util.List;
import org.activerecord4j.Model;
import org.activerecord4j.internal.jdbc.Engine;
import org.activerecord4j.internal.model.ColumnInfo;
import org.activerecord4j.internal.state.RecordStates;
import org.activerecord4j.internal.state.RelationCache;
import org.activerecord4j.internal.state.SaveState;

/**
 * The new records one batch insert writes, as they were before it: what {@link RecordMemento} keeps for one
 * record, kept for the whole batch in one undo action. Each record was new ({@link SaveState#NEW}); arrays are
 * made only for what some record has (a key assigned before the insert, cached relations). A transaction runs
 * its undo actions newest first, so a later memento of one of these records (a second write in the same
 * transaction) cannot hide this one.
 */
final class InsertedRecordsMemento implements Runnable {

    private final List<? extends Model<?>> records;
    private final ColumnInfo key;
    private final RelationCache[] relations;
    private final Object[] keys;

    private InsertedRecordsMemento(List<? extends Model<?>> records, ColumnInfo key) {
        this.records = records;
        this.key = key;
        RelationCache[] relations = null;
        Object[] keys = null;
        for (int i = 0; i < records.size(); i++) {
            Model<?> record = records.get(i);
            RelationCache cache = RecordStates.relationsIfAny(record);
            if (cache != null) {
                relations = relations != null ? relations : new RelationCache[records.size()];
                relations[i] = cache.copy();
            }
            Object value = key.get(record);
            if (value != null) {
                keys = keys != null ? keys : new Object[records.size()];
                keys[i] = value;
            }
        }
        this.relations = relations;
        this.keys = keys;
    }

    /**
     * Remembers {@code records}, all new and of one model, before a batch on {@code engine} inserts them, if a
     * transaction is open there.
     *
     * @param engine the database the batch goes to
     * @param records the records; the list must not change afterwards
     * @param key the model's key column
     */
    static void beforeInsert(Engine engine, List<? extends Model<?>> records, ColumnInfo key) {
        engine.undoOnRollback(() -> new InsertedRecordsMemento(records, key));
    }

    /** Puts the records back as they were. */
    @Override
    public void run() {
        for (int i = 0; i < records.size(); i++) {
            Model<?> record = records.get(i);
            RecordStates.restore(record, SaveState.NEW);
            RecordStates.replaceRelations(record, relations == null ? null : relations[i]);
            key.set(record, keys == null ? null : keys[i]);
        }
    }
}

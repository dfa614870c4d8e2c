package org.activerecord4j.internal.write;

import java.util.Arrays;
import org.activerecord4j.Model;
import org.activerecord4j.internal.jdbc.Engine;
import org.activerecord4j.internal.model.ColumnInfo;
import org.activerecord4j.internal.model.ModelInfo;
import org.activerecord4j.internal.state.RecordStates;
import org.activerecord4j.internal.state.RelationCache;
import org.activerecord4j.internal.state.SaveState;

/**
 * A record as it was before a transaction first wrote it: its save state (new or saved, deleted, the
 * snapshot that makes columns dirty, cached relations), its key, and the fields activerecord4j itself set
 * during the transaction (foreign keys). Running it puts the record back, which a transaction does when it
 * rolls back; fields the application set keep their values, so changes not committed stay dirty.
 */
public final class RecordMemento implements Runnable {

    private final Model<?> record;
    private final SaveState saveState;
    private final RelationCache relations;
    private final ColumnInfo key;
    private final Object keyBefore;
    /**
     * The other fields activerecord4j set (foreign keys), with their values before the transaction; null until the
     * first, so that a record written without them costs one small object; {@code size} in use.
     */
    private ColumnInfo[] columns;
    private Object[] values;
    private int size;

    private RecordMemento(Model<?> record) {
        this.record = record;
        this.saveState = RecordStates.saveState(record);
        RelationCache cache = RecordStates.relationsIfAny(record);
        this.relations = cache == null ? null : cache.copy();
        this.key = ModelInfo.of(record.getClass()).primaryKey();
        this.keyBefore = key.get(record);
    }

    /**
     * Remembers {@code record} before a write on {@code engine} changes it, if a transaction is open there.
     *
     * @param engine the database the write goes to
     * @param record the record
     * @return the memento kept for the record in the open transaction, or null outside a transaction
     */
    public static RecordMemento beforeWrite(Engine engine, Model<?> record) {
        return engine.undoOnRollback(record, RecordMemento::new);
    }

    /**
     * Remembers {@code record} and the value of its {@code column} before activerecord4j sets it in a write on
     * {@code engine}, if a transaction is open there.
     *
     * @param engine the database the write goes to
     * @param record the record
     * @param column the field about to be set
     */
    public static void beforeSetting(Engine engine, Model<?> record, ColumnInfo column) {
        RecordMemento memento = beforeWrite(engine, record);
        if (memento != null) {
            memento.field(column);
        }
    }

    private void field(ColumnInfo column) {
        if (column == key) {
            return;
        }
        for (int i = 0; i < size; i++) {
            if (columns[i] == column) {
                return; // the first value is the one before the transaction
            }
        }
        if (columns == null) {
            columns = new ColumnInfo[2];
            values = new Object[2];
        } else if (size == columns.length) {
            columns = Arrays.copyOf(columns, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        columns[size] = column;
        values[size++] = column.get(record);
    }

    /** Puts the record back as it was. */
    @Override
    public void run() {
        RecordStates.restore(record, saveState);
        RecordStates.replaceRelations(record, relations);
        key.set(record, keyBefore);
        for (int i = 0; i < size; i++) {
            columns[i].set(record, values[i]);
        }
    }
}

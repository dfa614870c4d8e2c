package org.activerecord4j.internal.write;

import java.util.HashSet;
import java.util.Set;
import org.activerecord4j.Model;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.internal.jdbc.Engine;
import org.activerecord4j.internal.jdbc.Routing;
import org.activerecord4j.internal.model.ModelInfo;
import org.activerecord4j.internal.sql.SqlStatement;
import org.activerecord4j.internal.sql.WriteStatements;
import org.activerecord4j.internal.state.RecordStates;

/** Deleting one record, with the dependent actions of its relations in the same transaction. */
public final class Deletes {

    private Deletes() {
    }

    /**
     * Deletes the record's row, the one it was read from or saved to (an unsaved change of its key field does not
     * move it), after its dependents, in one transaction when it has any.
     *
     * @param record a saved record
     * @throws ActiveRecordException when it was never saved or is already deleted
     */
    public static void delete(Model<?> record) {
        delete(record, true, new HashSet<>());
    }

    /**
     * Deletes the record's row after its dependents, as {@link #delete(Model)}, as a dependent of the rows in
     * {@code deleting}, whose deletes are under way further up.
     *
     * @param record a saved record
     * @param deleting the rows whose deletes are under way, this one's added while its dependents run
     */
    static void delete(Model<?> record, Set<Row> deleting) {
        delete(record, true, deleting);
    }

    /**
     * Deletes the record's row alone, without running its dependents, as Rails' {@code delete} does: what
     * {@code dependent(DELETE)} does to a child taken from its owner.
     *
     * @param record a saved record
     * @throws ActiveRecordException when it was never saved or is already deleted
     */
    public static void deleteRow(Model<?> record) {
        delete(record, false, Set.of());
    }

    private static void delete(Model<?> record, boolean withDependents, Set<Row> deleting) {
        ModelInfo<?> model = ModelInfo.of(record.getClass());
        if (!RecordStates.isPersisted(record)) {
            throw new ActiveRecordException("Cannot delete " + model.name() + ": it "
                    + (RecordStates.isDestroyed(record) ? "was already deleted" : "was never saved"));
        }
        Engine engine = Routing.forModel(model.type());
        Object key = RecordStates.snapshotValue(record, model.primaryKey().index());
        RecordMemento.beforeWrite(engine, record);
        SqlStatement delete = WriteStatements.deleteWhere(engine.dialect(), model, model.primaryKey(), key);
        if (withDependents && Dependents.any(model.type())) {
            Row row = new Row(model.type(), key);
            deleting.add(row);
            try {
                engine.transaction(() -> {
                    Dependents.beforeDelete(record, key, deleting);
                    engine.update(delete);
                });
            } finally {
                deleting.remove(row);
            }
        } else {
            engine.update(delete);
        }
        RecordStates.deleted(record);
        Saves.clearRelations(record);
    }

    /**
     * A row by model and key: a self-referential relation (an employee's reports, a folder's subfolders) can reach
     * a row whose delete is under way further up, the record itself when it is its own parent.
     *
     * @param model the model class
     * @param key the row's key
     */
    record Row(Class<?> model, Object key) {
    }
}

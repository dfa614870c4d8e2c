package org.activerecord4j.internal.write;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activerecord4j.Model;
import org.activerecord4j.internal.dialect.Dialect;
import org.activerecord4j.internal.jdbc.Engine;
import org.activerecord4j.internal.jdbc.Routing;
import org.activerecord4j.internal.model.ColumnInfo;
import org.activerecord4j.internal.model.ModelInfo;
import org.activerecord4j.internal.sql.ColumnValues;
import org.activerecord4j.internal.sql.SqlStatement;
import org.activerecord4j.internal.sql.WriteStatements;
import org.activerecord4j.internal.state.RecordStates;

/** {@code saveAll}: many records in one transaction, new ones inserted in JDBC batches with their keys. */
public final class BatchInserts {

    private static final int BATCH_SIZE = 1_000;

    private BatchInserts() {
    }

    /**
     * Saves every record in one transaction: new ones in JDBC batches (those with assigned keys before those whose
     * keys the database generates, which are filled), changed ones with one UPDATE each, clean ones not at all. Values
     * are checked before any SQL.
     *
     * @param records the records, of any models, none null
     */
    public static void saveAll(List<? extends Model<?>> records) {
        if (records.isEmpty()) {
            return;
        }
        Map<Class<?>, List<? extends Model<?>>> byModel = byModel(records);
        byModel.forEach((type, group) -> checkValues(ModelInfo.of(type), group));
        Engine engine = Routing.forModel(records.get(0).getClass());
        engine.transaction(() -> byModel.forEach((type, group) -> saveGroup(ModelInfo.of(type), group)));
    }

    /** The records grouped by model, in the order each model first appears; one group, not copied, for one model. */
    private static Map<Class<?>, List<? extends Model<?>>> byModel(List<? extends Model<?>> records) {
        Class<?> first = records.get(0).getClass();
        int i = 1;
        while (i < records.size() && records.get(i).getClass() == first) {
            i++;
        }
        if (i == records.size()) {
            return Map.of(first, records);
        }
        Map<Class<?>, List<Model<?>>> groups = new LinkedHashMap<>();
        for (Model<?> record : records) {
            groups.computeIfAbsent(record.getClass(), type -> new ArrayList<>()).add(record);
        }
        return Collections.unmodifiableMap(groups);
    }

    /**
     * Refuses, before any SQL, a value one of the records' columns cannot hold on its database. A field holds
     * only values of its own type, so only the columns whose type has limits are read, not every value.
     */
    private static void checkValues(ModelInfo<?> model, List<? extends Model<?>> records) {
        Dialect dialect = Routing.forModel(model.type()).dialect();
        List<ColumnInfo> columns = model.columns().stream().filter(column -> ColumnValues.limitsOwnType(dialect, model, column)).toList();
        if (columns.isEmpty()) {
            return;
        }
        for (int r = 0; r < records.size(); r++) {
            Model<?> record = records.get(r);
            for (int c = 0; c < columns.size(); c++) {
                ColumnInfo column = columns.get(c);
                ColumnValues.check(dialect, model, column, column.get(record));
            }
        }
    }

    private static void saveGroup(ModelInfo<?> model, List<? extends Model<?>> records) {
        List<Model<?>> inserted = new ArrayList<>(records.size());
        try {
            for (int i = 0; i < records.size(); i++) {
                Model<?> record = records.get(i);
                if (!RecordStates.isNew(record) || RelationWrites.hasNewAssignedParent(record)) {
                    Saves.save(record);
                } else if (RecordStates.listInBatch(record)) { // a record listed twice gets one row
                    inserted.add(record);
                }
            }
        } finally {
            for (int i = 0; i < inserted.size(); i++) {
                RecordStates.unlistFromBatch(inserted.get(i));
            }
        }
        // A record saved above saves its new parents first, which may be records queued here: they have rows now.
        inserted.removeIf(record -> !RecordStates.isNew(record));
        if (inserted.isEmpty()) {
            return;
        }
        for (int i = 0; i < inserted.size(); i++) {
            RelationWrites.copyKeysOfSavedParents(inserted.get(i));   // e.g. a parent the batch inserted before
        }
        Engine engine = Routing.forModel(model.type());
        InsertedRecordsMemento.beforeInsert(engine, inserted, model.primaryKey());
        List<Model<?>> generated = new ArrayList<>(inserted.size());
        List<Model<?>> keyed = new ArrayList<>(0);
        for (int i = 0; i < inserted.size(); i++) {
            Model<?> record = inserted.get(i);
            if (Saves.assignKey(model, record)) {
                generated.add(record);
            } else {
                keyed.add(record);
            }
        }
        // Assigned keys first: SQLite and MariaDB generate keys past the largest in the table, so a generated key
        // cannot then take one assigned to a record of the same batch.
        insert(engine, model, keyed, false);
        insert(engine, model, generated, true);
    }

    private static void insert(Engine engine, ModelInfo<?> model, List<Model<?>> records, boolean generatesKey) {
        if (records.isEmpty()) {
            return;
        }
        Dialect dialect = engine.dialect();
        List<ColumnInfo> columns = Saves.insertColumns(model, generatesKey);
        for (int from = 0; from < records.size(); from += BATCH_SIZE) {
            List<Model<?>> chunk = records.subList(from, Math.min(records.size(), from + BATCH_SIZE));
            // The reported statement shows the first row; on SQLite it is run once per row with RETURNING.
            SqlStatement first = WriteStatements.insert(dialect, model, columns, chunk.get(0),
                    generatesKey && !dialect.supportsBatchKeys());
            if (generatesKey) {
                Saves.insertReturningKeys(engine, model, columns, first, chunk);
            } else {
                engine.batch(first, chunk, Saves.binder(dialect, columns));
            }
        }
        for (int i = 0; i < records.size(); i++) {
            Model<?> record = records.get(i);
            Saves.synced(model, record);
            Saves.clearRelations(record);
        }
    }
}

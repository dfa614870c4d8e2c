package org.activerecord4j.internal.write;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.activerecord4j.FieldAccess;
import org.activerecord4j.Model;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.RecordNotFoundException;
import org.activerecord4j.internal.dialect.Dialect;
import org.activerecord4j.internal.dialect.KeyRetrieval;
import org.activerecord4j.internal.jdbc.Engine;
import org.activerecord4j.internal.jdbc.RowBinder;
import org.activerecord4j.internal.jdbc.Routing;
import org.activerecord4j.internal.model.ColumnInfo;
import org.activerecord4j.internal.model.KeyStrategy;
import org.activerecord4j.internal.model.ModelInfo;
import org.activerecord4j.internal.sql.SqlStatement;
import org.activerecord4j.internal.sql.WriteStatements;
import org.activerecord4j.internal.state.RecordStates;
import org.activerecord4j.internal.state.RelationCache;
import org.activerecord4j.internal.types.Handlers;
import org.activerecord4j.internal.types.TypeHandler;

/** Saving one record: INSERT of a new one (with its generated key), UPDATE of the columns that changed. */
public final class Saves {

    private Saves() {
    }

    /**
     * Inserts a new record or updates the changed columns of a saved one; does nothing for a clean one. New
     * parents assigned through its BelongsTo relations are saved first, in one transaction with it.
     *
     * @param record the record
     */
    public static void save(Model<?> record) {
        save(record, null);
    }

    /**
     * Saves the record as {@link #save(Model)} does, as a new parent of the records in {@code saving}, whose saves
     * are under way further up. When the record is one of them (new parents that form a cycle: two employees, each
     * the other's manager), its row is written without waiting for its own new parents, whose keys it cannot have
     * yet: its save further up then gives it their keys, an UPDATE, as Rails' autosave does.
     *
     * @param record the record
     * @param saving the records whose saves wait for their new parents, this one's added while they are saved; null
     *     for none (the set is made only for a record with new parents, not on every save)
     */
    static void save(Model<?> record, Set<Model<?>> saving) {
        ModelInfo<?> model = ModelInfo.of(record.getClass());
        RelationWrites.copyKeysOfSavedParents(record);
        if ((saving == null || !saving.contains(record)) && RelationWrites.hasNewAssignedParent(record)) {
            Set<Model<?>> waiting = saving != null ? saving : Collections.newSetFromMap(new IdentityHashMap<>());
            waiting.add(record);
            try {
                Routing.forModel(model.type()).transaction(() -> {
                    RelationWrites.saveAssignedParents(record, waiting);
                    saveRow(model, record);
                });
            } finally {
                waiting.remove(record);
            }
        } else {
            saveRow(model, record);
        }
        clearRelations(record);
    }

    private static void saveRow(ModelInfo<?> model, Model<?> record) {
        if (RecordStates.isDestroyed(record)) {
            throw new ActiveRecordException("Cannot save " + model.name() + " " + model.primaryKey().fieldName() + "="
                    + model.primaryKey().get(record) + ": it was deleted");
        }
        if (RecordStates.isPersisted(record)) {
            update(model, record);
        } else {
            insert(model, record);
        }
    }

    /**
     * Returns the columns whose values differ from the last synchronised snapshot.
     *
     * @param record the record
     * @return the changed columns; every column for a new record
     */
    public static List<ColumnInfo> changedColumns(Model<?> record) {
        ModelInfo<?> model = ModelInfo.of(record.getClass());
        if (RecordStates.isNew(record)) {
            return model.columns();
        }
        List<ColumnInfo> changed = new ArrayList<>();
        for (ColumnInfo column : model.columns()) {
            if (!column.sameValue(RecordStates.snapshotValue(record, column.index()), column.get(record))) {
                changed.add(column);
            }
        }
        return changed;
    }

    private static void insert(ModelInfo<?> model, Model<?> record) {
        Engine engine = Routing.forModel(model.type());
        RecordMemento.beforeWrite(engine, record);
        boolean generatesKey = assignKey(model, record);
        List<ColumnInfo> columns = insertColumns(model, generatesKey);
        SqlStatement statement = WriteStatements.insert(engine.dialect(), model, columns, record, generatesKey);
        if (!generatesKey) {
            engine.update(statement);
        } else if (engine.dialect().keyRetrieval() == KeyRetrieval.RETURNING) {
            TypeHandler<?> keyHandler = model.primaryKey().handlerIn(engine.dialect().types());
            long rows = engine.writeReturning(statement, row -> model.primaryKey().set(record, keyHandler.read(row, 1)));
            if (rows != 1) {
                throw new ActiveRecordException("Insert into " + model.table() + " returned " + rows + " keys, expected 1");
            }
        } else {
            insertReturningKeys(engine, model, columns, statement, List.of(record));
        }
        synced(model, record);
    }

    private static void update(ModelInfo<?> model, Model<?> record) {
        List<ColumnInfo> changed = changedColumns(record);
        if (changed.isEmpty()) {
            return;
        }
        updateRow(model, record, changed);
        synced(model, record);
    }

    /** Writes {@code columns} of the saved record's row, found by its stored key; refuses a row gone meanwhile. */
    private static void updateRow(ModelInfo<?> model, Model<?> record, List<ColumnInfo> columns) {
        Engine engine = Routing.forModel(model.type());
        RecordMemento.beforeWrite(engine, record);
        Object key = RecordStates.snapshotValue(record, model.primaryKey().index());
        if (engine.update(WriteStatements.update(engine.dialect(), model, columns, record, key)) == 0) {
            throw new RecordNotFoundException(model.name(), key, "Cannot update " + model.name() + " "
                    + model.primaryKey().fieldName() + "=" + key + ": its row no longer exists");
        }
    }

    /**
     * Writes one column of a saved record and nothing else, as Rails' {@code update_columns}: its other changes stay
     * unsaved (measured against their old values still) for its own {@code save()}. Does nothing when the column did not
     * change.
     *
     * @param record a saved record
     * @param column the column to write, of the record's model
     * @throws RecordNotFoundException when its row no longer exists
     */
    static void updateColumn(Model<?> record, ColumnInfo column) {
        ModelInfo<?> model = ModelInfo.of(record.getClass());
        if (column.sameValue(RecordStates.snapshotValue(record, column.index()), column.get(record))) {
            return;
        }
        updateRow(model, record, List.of(column));
        syncedColumn(model, record, column);
    }

    /**
     * Inserts records whose keys the database generates and fills each record's key.
     *
     * @param engine the database
     * @param model the model
     * @param columns the columns written (all but the key)
     * @param first the INSERT with the first record's values
     * @param records the records
     */
    static void insertReturningKeys(Engine engine, ModelInfo<?> model, List<ColumnInfo> columns, SqlStatement first,
            List<Model<?>> records) {
        TypeHandler<?> keyHandler = model.primaryKey().handlerIn(engine.dialect().types());
        engine.insertReturningKeys(first, records, binder(engine.dialect(), columns), model.primaryKey().name(),
                (record, keys) -> model.primaryKey().set(record, keyHandler.read(keys, 1)));
    }

    /**
     * Returns what binds a record's values of {@code columns}, in order, handlers resolved once.
     *
     * @param dialect the dialect
     * @param columns the columns
     * @return the binder
     */
    static RowBinder<Model<?>> binder(Dialect dialect, List<ColumnInfo> columns) {
        TypeHandler<?>[] handlers = new TypeHandler<?>[columns.size()];
        for (int i = 0; i < handlers.length; i++) {
            handlers[i] = columns.get(i).handlerIn(dialect.types());
        }
        return (statement, record) -> {
            for (int i = 0; i < handlers.length; i++) {
                handlers[i].bindNullable(statement, i + 1, columns.get(i).get(record));
            }
        };
    }

    /**
     * Fills a client-generated key.
     *
     * @param model the model
     * @param record a new record
     * @return whether the database will generate the key instead
     * @throws ActiveRecordException when an assigned key is missing
     */
    static boolean assignKey(ModelInfo<?> model, Model<?> record) {
        ColumnInfo key = model.primaryKey();
        if (model.keyOf(record) != null) {
            return false;
        }
        if (model.keyStrategy() == KeyStrategy.DATABASE) {
            return true;
        }
        if (model.keyStrategy() == KeyStrategy.RANDOM_UUID) {
            key.set(record, UUID.randomUUID());
            return false;
        }
        throw new ActiveRecordException("Cannot insert " + model.name() + ": its primary key '" + key.fieldName()
                + "' is null; assign it before save()");
    }

    /**
     * Returns the columns an INSERT writes: all, or all but the key the database generates.
     *
     * @param model the model
     * @param generatesKey whether the database generates the key
     * @return the columns
     */
    static List<ColumnInfo> insertColumns(ModelInfo<?> model, boolean generatesKey) {
        return generatesKey
                ? model.columns().stream().filter(column -> column != model.primaryKey()).toList()
                : model.columns();
    }

    /**
     * Records that the record's row now holds its column values: they become the snapshot its dirty columns
     * are measured against, in its snapshot fields when its model has them, else in an array. A time written with
     * nanoseconds, which the row holds to the microsecond, is held so in its field too (given back by a rollback).
     *
     * @param model the model
     * @param record the record
     */
    static void synced(ModelInfo<?> model, Model<?> record) {
        List<ColumnInfo> columns = model.columns();
        @SuppressWarnings("unchecked")
        FieldAccess<Model<?>> access = (FieldAccess<Model<?>>) model.fieldAccess();
        int count = columns.size(); // indexed loops: a batch of new records costs no iterator per record
        if (access.keepsSnapshot()) {
            for (int i = 0; i < count; i++) {
                ColumnInfo column = columns.get(i);
                access.snapshot(record, column.index(), column.snapshot(asStored(model, record, column)));
            }
            RecordStates.syncedInFields(record);
            return;
        }
        Object[] snapshot = new Object[count];
        for (int i = 0; i < count; i++) {
            ColumnInfo column = columns.get(i);
            snapshot[column.index()] = column.snapshot(asStored(model, record, column));
        }
        RecordStates.synced(record, snapshot);
    }

    /** Records that the row of the saved {@code record} now holds the value of {@code column}; the others' snapshot stays. */
    private static void syncedColumn(ModelInfo<?> model, Model<?> record, ColumnInfo column) {
        @SuppressWarnings("unchecked")
        FieldAccess<Model<?>> access = (FieldAccess<Model<?>>) model.fieldAccess();
        Object stored = column.snapshot(asStored(model, record, column));
        if (access.keepsSnapshot()) {
            access.snapshot(record, column.index(), stored);
            RecordStates.syncedInFields(record);
            return;
        }
        List<ColumnInfo> columns = model.columns();
        Object[] snapshot = new Object[columns.size()];
        for (ColumnInfo each : columns) {
            snapshot[each.index()] = each == column ? stored : RecordStates.snapshotValue(record, each.index());
        }
        RecordStates.synced(record, snapshot);
    }

    /** Returns the column's value as its row holds it, set in the field first when writing it changed it. */
    private static Object asStored(ModelInfo<?> model, Model<?> record, ColumnInfo column) {
        Object value = column.get(record);
        Object stored = Handlers.atStoredPrecision(value);
        if (stored != value) {
            RecordMemento.beforeSetting(Routing.forModel(model.type()), record, column);
            column.set(record, stored);
        }
        return stored;
    }

    /**
     * Forgets the record's cached relations, if it has any.
     *
     * @param record the record
     */
    static void clearRelations(Model<?> record) {
        RelationCache cache = RecordStates.relationsIfAny(record);
        if (cache != null) {
            cache.clearRelations();
        }
    }
}

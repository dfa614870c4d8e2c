package org.activerecord4j.internal.persist;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.activerecord4j.ActiveRecord;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.RecordNotFoundException;
import org.activerecord4j.internal.dialect.Dialect;
import org.activerecord4j.internal.dialect.KeyRetrieval;
import org.activerecord4j.internal.jdbc.Engine;
import org.activerecord4j.internal.jdbc.Routing;
import org.activerecord4j.internal.meta.ColumnInfo;
import org.activerecord4j.internal.meta.KeyStrategy;
import org.activerecord4j.internal.meta.ModelInfo;
import org.activerecord4j.internal.relation.Dependents;
import org.activerecord4j.internal.relation.RelationWrites;
import org.activerecord4j.internal.sql.ColumnValues;
import org.activerecord4j.internal.sql.SelectRenderer;
import org.activerecord4j.internal.sql.SelectSpec;
import org.activerecord4j.internal.sql.SqlBuilder;
import org.activerecord4j.internal.sql.SqlStatement;
import org.activerecord4j.internal.types.TypeHandler;
import org.activerecord4j.query.Condition;

/** Writes records: insert, update of changed columns, delete, reload, and batched inserts. */
public final class Persister {

    private static final int BATCH_SIZE = 1_000;

    private Persister() {
    }

    /**
     * Inserts a new record or updates the changed columns of a saved one; does nothing for a clean one.
     *
     * @param record the record
     */
    public static void save(ActiveRecord<?> record) {
        ModelInfo<?> model = ModelInfo.of(record.getClass());
        if (RelationWrites.hasNewAssignedParent(record)) {
            Routing.forModel(model.type()).transaction(() -> {
                RelationWrites.saveAssignedParents(record);
                saveRow(model, record);
            });
        } else {
            saveRow(model, record);
        }
        RecordStates.of(record).clearRelations();
    }

    private static void saveRow(ModelInfo<?> model, ActiveRecord<?> record) {
        RecordState state = RecordStates.of(record);
        if (state.destroyed()) {
            throw new ActiveRecordException("Cannot save " + model.name() + " " + model.primaryKey().fieldName() + "="
                    + model.primaryKey().get(record) + ": it was deleted");
        }
        if (state.persisted()) {
            update(model, record, state);
        } else {
            insert(model, record, state);
        }
    }

    /**
     * Returns the columns whose values differ from the last synchronised snapshot.
     *
     * @param record the record
     * @return the changed columns; every column for a new record
     */
    public static List<ColumnInfo> changedColumns(ActiveRecord<?> record) {
        ModelInfo<?> model = ModelInfo.of(record.getClass());
        Object[] snapshot = RecordStates.of(record).snapshot();
        if (snapshot == null) {
            return model.columns();
        }
        List<ColumnInfo> changed = new ArrayList<>();
        for (ColumnInfo column : model.columns()) {
            if (!column.sameValue(snapshot[column.index()], column.get(record))) {
                changed.add(column);
            }
        }
        return changed;
    }

    private static void insert(ModelInfo<?> model, ActiveRecord<?> record, RecordState state) {
        Engine engine = Routing.forModel(model.type());
        RecordMemento.beforeWrite(engine, record);
        boolean generatesKey = assignKey(model, record);
        List<ColumnInfo> columns = insertColumns(model, generatesKey);
        SqlStatement statement = insertStatement(engine.dialect(), model, columns, record, generatesKey);
        if (!generatesKey) {
            engine.update(statement);
        } else if (engine.dialect().keyRetrieval() == KeyRetrieval.RETURNING) {
            TypeHandler<?> keyHandler = keyHandler(engine, model);
            long rows = engine.query(statement, row -> model.primaryKey().set(record, keyHandler.read(row, 1)));
            if (rows != 1) {
                throw new ActiveRecordException("Insert into " + model.table() + " returned " + rows + " keys, expected 1");
            }
        } else {
            insertWithGeneratedKeys(engine, model, columns, statement, List.of(record));
        }
        state.synced(snapshotOf(model, record));
    }

    private static void update(ModelInfo<?> model, ActiveRecord<?> record, RecordState state) {
        List<ColumnInfo> changed = changedColumns(record);
        if (changed.isEmpty()) {
            return;
        }
        Engine engine = Routing.forModel(model.type());
        RecordMemento.beforeWrite(engine, record);
        SqlBuilder sql = new SqlBuilder(engine.dialect(), model).append("UPDATE ").identifier(model.table()).append(" SET ");
        for (int i = 0; i < changed.size(); i++) {
            ColumnInfo column = changed.get(i);
            sql.append(i == 0 ? "" : ", ").identifier(column.name()).append(" = ").bind(column, column.get(record));
        }
        Object key = state.snapshot()[model.primaryKey().index()];
        sql.append(" WHERE ").identifier(model.primaryKey().name()).append(" = ").bind(model.primaryKey(), key);
        if (engine.update(sql.build()) == 0) {
            throw new RecordNotFoundException(model.name(), key, "Cannot update " + model.name() + " "
                    + model.primaryKey().fieldName() + "=" + key + ": its row no longer exists");
        }
        state.synced(snapshotOf(model, record));
    }

    /**
     * Deletes the record's row.
     *
     * @param record a saved record
     */
    public static void delete(ActiveRecord<?> record) {
        RecordState state = RecordStates.of(record);
        ModelInfo<?> model = ModelInfo.of(record.getClass());
        if (!state.persisted()) {
            throw new ActiveRecordException("Cannot delete " + model.name() + ": it "
                    + (state.destroyed() ? "was already deleted" : "was never saved"));
        }
        Engine engine = Routing.forModel(model.type());
        Object key = state.snapshot()[model.primaryKey().index()];
        RecordMemento.beforeWrite(engine, record);
        SqlBuilder sql = new SqlBuilder(engine.dialect(), model).append("DELETE FROM ").identifier(model.table())
                .append(" WHERE ").identifier(model.primaryKey().name()).append(" = ").bind(model.primaryKey(), key);
        if (Dependents.any(model.type())) {
            engine.transaction(() -> {
                Dependents.beforeDelete(record);
                engine.update(sql.build());
            });
        } else {
            engine.update(sql.build());
        }
        state.deleted();
        state.clearRelations();
    }

    /**
     * Reads the record's row again into it, discarding unsaved changes.
     *
     * @param record a saved record
     * @param <T> the model type
     * @throws RecordNotFoundException when the row is gone
     */
    public static <T extends ActiveRecord<T>> void reload(T record) {
        RecordState state = RecordStates.of(record);
        @SuppressWarnings("unchecked")
        ModelInfo<T> model = (ModelInfo<T>) ModelInfo.of(record.getClass());
        if (!state.persisted()) {
            throw new ActiveRecordException("Cannot reload " + model.name() + ": it "
                    + (state.destroyed() ? "was deleted" : "was never saved"));
        }
        Engine engine = Routing.forModel(model.type());
        Object key = state.snapshot()[model.primaryKey().index()];
        Condition byKey = sql -> sql.identifier(model.primaryKey().name()).append(" = ").bind(model.primaryKey(), key);
        SqlStatement select = SelectRenderer.select(engine.dialect(), model, new SelectSpec(List.of(byKey), List.of(), null, null));
        Hydrator<T> hydrator = Hydrator.of(model, engine.dialect());
        long rows = engine.query(select, row -> hydrator.fill(record, row));
        state.clearRelations();
        if (rows == 0) {
            throw new RecordNotFoundException(model.name(), key, model.name() + " with " + model.primaryKey().fieldName()
                    + "=" + key + " no longer exists");
        }
    }

    /**
     * Saves every record in one transaction: new ones in JDBC batches with their generated keys filled,
     * changed ones with one UPDATE each, clean ones not at all.
     *
     * @param records the records, of any models
     */
    public static void saveAll(List<? extends ActiveRecord<?>> records) {
        if (records.isEmpty()) {
            return;
        }
        Map<Class<?>, List<ActiveRecord<?>>> byModel = new LinkedHashMap<>();
        for (ActiveRecord<?> record : records) {
            byModel.computeIfAbsent(record.getClass(), type -> new ArrayList<>()).add(record);
        }
        byModel.forEach((type, group) -> checkValues(ModelInfo.of(type), group));
        Engine engine = Routing.forModel(records.get(0).getClass());
        engine.transaction(() -> byModel.forEach((type, group) -> saveGroup(ModelInfo.of(type), group)));
    }

    /** Refuses, before any SQL, a value one of the records' columns cannot hold on its database. */
    private static void checkValues(ModelInfo<?> model, List<ActiveRecord<?>> records) {
        Dialect dialect = Routing.forModel(model.type()).dialect();
        for (ActiveRecord<?> record : records) {
            for (ColumnInfo column : model.columns()) {
                ColumnValues.check(dialect, model, column, column.get(record));
            }
        }
    }

    private static void saveGroup(ModelInfo<?> model, List<ActiveRecord<?>> records) {
        List<ActiveRecord<?>> generated = new ArrayList<>();
        List<ActiveRecord<?>> keyed = new ArrayList<>();
        Engine engine = Routing.forModel(model.type());
        for (ActiveRecord<?> record : records) {
            RecordState state = RecordStates.of(record);
            if (state.persisted() || state.destroyed() || RelationWrites.hasNewAssignedParent(record)) {
                save(record);
                continue;
            }
            RecordMemento.beforeWrite(engine, record);
            if (assignKey(model, record)) {
                generated.add(record);
            } else {
                keyed.add(record);
            }
        }
        insertBatch(engine, model, generated, true);
        insertBatch(engine, model, keyed, false);
    }

    private static void insertBatch(Engine engine, ModelInfo<?> model, List<ActiveRecord<?>> records, boolean generatesKey) {
        if (records.isEmpty()) {
            return;
        }
        Dialect dialect = engine.dialect();
        List<ColumnInfo> columns = insertColumns(model, generatesKey);
        if (generatesKey && !dialect.supportsBatchKeys()) {
            // SQLite's driver returns at most one key per batch: run one prepared INSERT … RETURNING per row instead.
            for (int from = 0; from < records.size(); from += BATCH_SIZE) {
                List<ActiveRecord<?>> chunk = records.subList(from, Math.min(records.size(), from + BATCH_SIZE));
                insertReturningEach(engine, model, columns, insertStatement(dialect, model, columns, chunk.get(0), true), chunk);
            }
        } else {
            for (int from = 0; from < records.size(); from += BATCH_SIZE) {
                List<ActiveRecord<?>> chunk = records.subList(from, Math.min(records.size(), from + BATCH_SIZE));
                SqlStatement first = insertStatement(dialect, model, columns, chunk.get(0), false);
                if (generatesKey) {
                    insertWithGeneratedKeys(engine, model, columns, first, chunk);
                } else {
                    executeBatch(engine, model, columns, first, chunk);
                }
            }
        }
        for (ActiveRecord<?> record : records) {
            RecordStates.of(record).synced(snapshotOf(model, record));
            RecordStates.of(record).clearRelations();
        }
    }

    private static void executeBatch(Engine engine, ModelInfo<?> model, List<ColumnInfo> columns, SqlStatement first,
            List<ActiveRecord<?>> chunk) {
        long started = System.nanoTime();
        try {
            long rows = engine.withConnection(true, connection -> {
                try (PreparedStatement prepared = connection.prepareStatement(first.sql())) {
                    addBatch(engine.dialect(), columns, prepared, chunk);
                    long total = 0;
                    for (int count : prepared.executeBatch()) {
                        total += Math.max(count, 0);
                    }
                    return total;
                }
            });
            engine.report(first, started, rows, chunk.size(), false);
        } catch (SQLException e) {
            throw engine.failure(first, started, e);
        }
    }

    private static void insertWithGeneratedKeys(Engine engine, ModelInfo<?> model, List<ColumnInfo> columns,
            SqlStatement first, List<ActiveRecord<?>> chunk) {
        long started = System.nanoTime();
        try {
            engine.withConnection(true, connection -> {
                try (PreparedStatement prepared = prepareReturningKeys(connection, engine.dialect(), model, first.sql())) {
                    if (chunk.size() == 1) {
                        Engine.bind(prepared, first.parameters());
                        prepared.executeUpdate();
                    } else {
                        addBatch(engine.dialect(), columns, prepared, chunk);
                        prepared.executeBatch();
                    }
                    readKeys(engine, model, prepared, chunk);
                }
                return null;
            });
            engine.report(first, started, chunk.size(), chunk.size(), false);
        } catch (SQLException e) {
            throw engine.failure(first, started, e);
        }
    }

    /** One statement prepared once per chunk, run per row, each row's key read from its {@code RETURNING}; reported as one batch. */
    private static void insertReturningEach(Engine engine, ModelInfo<?> model, List<ColumnInfo> columns, SqlStatement first,
            List<ActiveRecord<?>> chunk) {
        long started = System.nanoTime();
        try {
            engine.withConnection(true, connection -> {
                TypeHandler<?>[] handlers = handlers(engine.dialect(), columns);
                TypeHandler<?> keyHandler = keyHandler(engine, model);
                try (PreparedStatement prepared = connection.prepareStatement(first.sql())) {
                    for (ActiveRecord<?> record : chunk) {
                        bindRow(handlers, columns, prepared, record);
                        try (ResultSet key = prepared.executeQuery()) {
                            if (!key.next()) {
                                throw new ActiveRecordException("Insert into " + model.table() + " returned no key");
                            }
                            model.primaryKey().set(record, keyHandler.read(key, 1));
                        }
                    }
                }
                return null;
            });
            engine.report(first, started, chunk.size(), chunk.size(), false);
        } catch (SQLException e) {
            throw engine.failure(first, started, e);
        }
    }

    private static void bindRow(TypeHandler<?>[] handlers, List<ColumnInfo> columns, PreparedStatement prepared,
            ActiveRecord<?> record) throws SQLException {
        for (int i = 0; i < handlers.length; i++) {
            handlers[i].bindNullable(prepared, i + 1, columns.get(i).get(record));
        }
    }

    private static TypeHandler<?>[] handlers(Dialect dialect, List<ColumnInfo> columns) {
        TypeHandler<?>[] handlers = new TypeHandler<?>[columns.size()];
        for (int i = 0; i < handlers.length; i++) {
            handlers[i] = columns.get(i).handlerIn(dialect.types());
        }
        return handlers;
    }

    private static PreparedStatement prepareReturningKeys(Connection connection, Dialect dialect, ModelInfo<?> model,
            String sql) throws SQLException {
        return dialect.keyRetrieval() == KeyRetrieval.RETURNING
                ? connection.prepareStatement(sql, new String[] {model.primaryKey().name()})
                : connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
    }

    private static void readKeys(Engine engine, ModelInfo<?> model, PreparedStatement prepared,
            List<ActiveRecord<?>> chunk) throws SQLException {
        int read = 0;
        TypeHandler<?> keyHandler = keyHandler(engine, model);
        try (ResultSet keys = prepared.getGeneratedKeys()) {
            while (keys.next() && read < chunk.size()) {
                model.primaryKey().set(chunk.get(read++), keyHandler.read(keys, 1));
            }
        }
        if (read != chunk.size()) {
            throw new ActiveRecordException("Insert into " + model.table() + " returned " + read + " generated keys for "
                    + chunk.size() + " rows");
        }
    }

    /** Binds each record's fields straight from the model, handlers resolved once per batch. */
    private static void addBatch(Dialect dialect, List<ColumnInfo> columns, PreparedStatement prepared,
            List<ActiveRecord<?>> chunk) throws SQLException {
        TypeHandler<?>[] handlers = handlers(dialect, columns);
        for (ActiveRecord<?> record : chunk) {
            bindRow(handlers, columns, prepared, record);
            prepared.addBatch();
        }
    }

    /** Reads generated keys: column 1 of a {@code RETURNING} row or of {@code getGeneratedKeys()}. */
    private static TypeHandler<?> keyHandler(Engine engine, ModelInfo<?> model) {
        return model.primaryKey().handlerIn(engine.dialect().types());
    }

    /** Fills a client-generated key; returns whether the database will generate it instead. */
    private static boolean assignKey(ModelInfo<?> model, ActiveRecord<?> record) {
        ColumnInfo key = model.primaryKey();
        if (key.get(record) != null) {
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

    private static List<ColumnInfo> insertColumns(ModelInfo<?> model, boolean generatesKey) {
        return generatesKey
                ? model.columns().stream().filter(column -> column != model.primaryKey()).toList()
                : model.columns();
    }

    private static SqlStatement insertStatement(Dialect dialect, ModelInfo<?> model, List<ColumnInfo> columns,
            ActiveRecord<?> record, boolean returning) {
        SqlBuilder sql = new SqlBuilder(dialect, model).append("INSERT INTO ").identifier(model.table()).append(" (");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").identifier(columns.get(i).name());
        }
        sql.append(") VALUES (");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").bind(columns.get(i), columns.get(i).get(record));
        }
        sql.append(")");
        if (returning && dialect.keyRetrieval() == KeyRetrieval.RETURNING) {
            sql.append(" RETURNING ").identifier(model.primaryKey().name());
        }
        return sql.build();
    }

    private static Object[] snapshotOf(ModelInfo<?> model, ActiveRecord<?> record) {
        Object[] snapshot = new Object[model.columns().size()];
        for (ColumnInfo column : model.columns()) {
            snapshot[column.index()] = column.snapshot(column.get(record));
        }
        return snapshot;
    }
}

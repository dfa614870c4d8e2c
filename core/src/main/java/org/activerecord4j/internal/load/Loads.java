package org.activerecord4j.internal.load;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.activerecord4j.FieldAccess;
import org.activerecord4j.Model;
import org.activerecord4j.RecordNotFoundException;
import org.activerecord4j.TooManyRowsException;
import org.activerecord4j.internal.jdbc.ClosingStreams;
import org.activerecord4j.internal.jdbc.Cursor;
import org.activerecord4j.internal.jdbc.Engine;
import org.activerecord4j.internal.jdbc.Routing;
import org.activerecord4j.internal.jdbc.RowHandler;
import org.activerecord4j.internal.model.ModelInfo;
import org.activerecord4j.internal.sql.SelectRenderer;
import org.activerecord4j.internal.sql.SelectSpec;
import org.activerecord4j.internal.sql.SqlStatement;
import org.activerecord4j.internal.state.RecordStates;
import org.activerecord4j.internal.state.RelationCache;
import org.activerecord4j.query.Order;
import org.activerecord4j.query.Property;

/**
 * Runs the queries of a model on the database it is routed to: reads the rows into records, puts them
 * under strict loading when asked, and eager-loads the relations of the plan. Every read of records goes
 * through here, whichever front door asked for it.
 */
public final class Loads {

    private Loads() {
    }

    /**
     * Returns every matching record.
     *
     * @param model the model
     * @param select the select
     * @param plan the relations to load with the records
     * @param strict the query's strict-loading setting, or null for the model's or database's
     * @param <T> the model
     * @return the records
     */
    public static <T> List<T> all(ModelInfo<T> model, SelectSpec select, EagerPlan plan, Boolean strict) {
        return load(model, select, plan, strict, true);
    }

    /**
     * Returns the only matching record, or null.
     *
     * @param model the model
     * @param select the select
     * @param plan the relations to load
     * @param strict the strict-loading setting, or null
     * @param <T> the model
     * @return the record or null
     * @throws TooManyRowsException when several match
     */
    public static <T> T one(ModelInfo<T> model, SelectSpec select, EagerPlan plan, Boolean strict) {
        SelectSpec atMostTwo = select.limit() != null && select.limit() < 2 ? select : select.limit(2);
        Engine engine = Routing.forModel(model.type());
        checkFilters(plan);
        List<T> found = read(engine, model, atMostTwo, false);
        if (found.size() > 1) { // before the paths are loaded: no statement for rows that are refused
            throw new TooManyRowsException("Expected at most one " + model.name() + " but several match: "
                    + statement(model, select).sql() + "; use first() to take the first");
        }
        loaded(model, found, plan, strict, StrictLoads.resolve(strict, model, engine), false);
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * Returns the record whose primary key is {@code key}, or null: the query {@code where(key = ?)} whose SQL
     * is rendered once per model and dialect ({@link KeyLookup}).
     *
     * @param model the model
     * @param key the key, converted to the key column's type, not null
     * @param <T> the model
     * @return the record or null
     * @throws TooManyRowsException when several rows have the key (a table without its primary key)
     */
    public static <T> T byKey(ModelInfo<T> model, Object key) {
        Engine engine = Routing.forModel(model.type());
        KeyRows<T> found = new KeyRows<>(Hydrator.of(model, engine.dialect()));
        engine.query(KeyLookup.statement(model, engine.dialect(), key), found);
        if (found.several) {
            throw new TooManyRowsException("Expected at most one " + model.name() + " but several match: "
                    + statement(model, KeyLookup.select(model, key).limit(null)).sql() + "; use first() to take the first");
        }
        if (found.first != null && StrictLoads.resolve(null, model, engine)) {
            StrictLoads.mark(List.of((Model<?>) found.first), "", false);
        }
        return found.first;
    }

    /** The rows of a lookup by key, without a list: the first row's record, and whether another row matched. */
    private static final class KeyRows<T> implements RowHandler {
        private final Hydrator<T> hydrator;
        private T first;
        private boolean several;

        KeyRows(Hydrator<T> hydrator) {
            this.hydrator = hydrator;
        }

        @Override
        public void row(ResultSet row) throws SQLException {
            if (first == null) {
                first = hydrator.read(row);
            } else {
                several = true;
            }
        }
    }

    /**
     * Returns the only matching record.
     *
     * @param model the model
     * @param select the select
     * @param plan the relations to load
     * @param strict the strict-loading setting, or null
     * @param <T> the model
     * @return the record
     * @throws RecordNotFoundException when none matches
     * @throws TooManyRowsException when several match
     */
    public static <T> T oneOrThrow(ModelInfo<T> model, SelectSpec select, EagerPlan plan, Boolean strict) {
        T found = one(model, select, plan, strict);
        if (found == null) {
            throw new RecordNotFoundException(model.name(), null, "No " + model.name() + " matches "
                    + statement(model, select).sql());
        }
        return found;
    }

    /**
     * Returns the first record in the select's order (by primary key when it has none), or null.
     *
     * @param model the model
     * @param select the select
     * @param plan the relations to load
     * @param strict the strict-loading setting, or null
     * @param <T> the model
     * @return the record or null
     */
    public static <T> T first(ModelInfo<T> model, SelectSpec select, EagerPlan plan, Boolean strict) {
        return firstInItsOrder(model, select.sortTerms().isEmpty() ? select.orderBy(List.of(byKey(model))) : select, plan, strict);
    }

    /**
     * Returns the first record in the select's own order, which may be none (a lookup by key), or null: null too
     * when the select's own limit is 0, as its {@code all()} is empty.
     *
     * @param model the model
     * @param select the select
     * @param plan the relations to load
     * @param strict the strict-loading setting, or null
     * @param <T> the model
     * @return the record or null
     */
    public static <T> T firstInItsOrder(ModelInfo<T> model, SelectSpec select, EagerPlan plan, Boolean strict) {
        SelectSpec atMostOne = select.limit() != null && select.limit() < 1 ? select : select.limit(1);
        List<T> found = load(model, atMostOne, plan, strict, false);
        return found.isEmpty() ? null : found.get(0);
    }

    private static Order byKey(ModelInfo<?> model) {
        return new Property<>(model.type(), model.primaryKey().fieldName()).asc();
    }

    /**
     * Counts the matching rows.
     *
     * @param model the model
     * @param select the select
     * @return the count
     */
    public static long count(ModelInfo<?> model, SelectSpec select) {
        Engine engine = Routing.forModel(model.type());
        long[] count = new long[1];
        engine.query(SelectRenderer.count(engine.dialect(), model, select), row -> count[0] = row.getLong(1));
        return count[0];
    }

    /**
     * Returns whether any row matches.
     *
     * @param model the model
     * @param select the select
     * @return true when one does
     */
    public static boolean exists(ModelInfo<?> model, SelectSpec select) {
        Engine engine = Routing.forModel(model.type());
        return engine.query(SelectRenderer.exists(engine.dialect(), model, select), row -> { }) > 0;
    }

    /**
     * Streams the matching records from a cursor, {@code fetchSize} rows per round trip; the relations of
     * the plan are loaded a batch of {@code fetchSize} records at a time.
     *
     * @param model the model
     * @param select the select
     * @param plan the relations to load
     * @param strict the strict-loading setting, or null
     * @param fetchSize rows per round trip
     * @param <T> the model
     * @return the self-closing stream
     */
    public static <T> Stream<T> stream(ModelInfo<T> model, SelectSpec select, EagerPlan plan, Boolean strict, int fetchSize) {
        Engine engine = Routing.forModel(model.type());
        boolean strictNow = StrictLoads.resolve(strict, model, engine);
        Consumer<List<T>> eachBatch = plan.isEmpty() && !strictNow ? null
                : batch -> loaded(model, batch, plan, strict, strictNow, true);
        checkFilters(plan);
        Cursor cursor = engine.cursor(SelectRenderer.select(engine.dialect(), model, select), fetchSize);
        Spliterator<T> records = new CursorRecords<>(model, cursor, Hydrator.of(model, engine.dialect()), fetchSize, eachBatch);
        return ClosingStreams.over(records, cursor, model.name());
    }

    /**
     * Returns the statement a select runs on the database the model uses now.
     *
     * @param model the model
     * @param select the select
     * @return the SQL and its parameters
     */
    public static SqlStatement statement(ModelInfo<?> model, SelectSpec select) {
        return SelectRenderer.select(Routing.forModel(model.type()).dialect(), model, select);
    }

    /**
     * Reads {@code record}'s row again into it, discarding unsaved changes and cached relations.
     *
     * @param record a saved record
     * @param key the key of its row
     * @param <T> the model
     * @return whether the row still exists
     */
    public static <T extends Model<T>> boolean reload(T record, Object key) {
        @SuppressWarnings("unchecked")
        ModelInfo<T> model = (ModelInfo<T>) ModelInfo.of(record.getClass());
        Engine engine = Routing.forModel(model.type());
        SelectSpec byKey = SelectSpec.ALL.where(new Property<>(model.type(), model.primaryKey().fieldName()).eq(key));
        Hydrator<T> hydrator = Hydrator.of(model, engine.dialect());
        long rows = engine.query(SelectRenderer.select(engine.dialect(), model, byKey), row -> hydrator.fill(record, row));
        RelationCache relations = RecordStates.relationsIfAny(record);
        if (relations != null) {
            relations.clearRelations();
        }
        return rows > 0;
    }

    private static <T> List<T> load(ModelInfo<T> model, SelectSpec select, EagerPlan plan, Boolean strict, boolean multiRow) {
        Engine engine = Routing.forModel(model.type());
        checkFilters(plan);
        List<T> records = read(engine, model, select, multiRow);
        loaded(model, records, plan, strict, StrictLoads.resolve(strict, model, engine), multiRow);
        return records;
    }

    /** Reads the records of {@code select}, without loading relations. */
    private static <T> List<T> read(Engine engine, ModelInfo<T> model, SelectSpec select, boolean multiRow) {
        Hydrator<T> hydrator = Hydrator.of(model, engine.dialect());
        List<T> records = new ArrayList<>();
        FieldAccess.ColumnReader[] readers = multiRow ? hydrator.readersForManyRows() : null;
        engine.query(SelectRenderer.select(engine.dialect(), model, select), row -> records.add(hydrator.read(row, readers)));
        return records;
    }

    /** Refuses, before the query's own statement, an eager step whose filter leaves no room for a key. */
    private static void checkFilters(EagerPlan plan) {
        if (!plan.isEmpty()) {
            EagerLoader.checkFilters(plan);
        }
    }

    /**
     * Marks records just read for strict loading and loads the relations of the plan, {@code queryStrict} being the
     * query's own setting (or null) and {@code strict} whether the records are under strict loading.
     */
    private static <T> void loaded(ModelInfo<T> model, List<T> records, EagerPlan plan, Boolean queryStrict, boolean strict,
            boolean multiRow) {
        @SuppressWarnings("unchecked")
        List<? extends Model<?>> asRecords = (List<? extends Model<?>>) records;
        if (strict) {
            StrictLoads.mark(asRecords, "", multiRow);
        }
        EagerLoader.load(model, asRecords, plan, queryStrict, strict);
    }
}

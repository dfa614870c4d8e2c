package org.activerecord4j.internal.load;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.activerecord4j.Model;
import org.activerecord4j.internal.dialect.Dialect;
import org.activerecord4j.internal.dialect.PerDialect;
import org.activerecord4j.internal.model.ColumnInfo;
import org.activerecord4j.internal.model.ModelInfo;
import org.activerecord4j.internal.state.RecordStates;
import org.activerecord4j.internal.types.TypeHandler;

/**
 * Turns rows selected with {@link ModelInfo#columns()} in order into records. Handlers are resolved
 * once per model and dialect, columns are read by position. Immutable and thread-safe: one is shared by
 * every query over the model.
 *
 * @param <T> the model type
 */
public final class Hydrator<T> {

    /** One hydrator per model and dialect: resolving the handlers is a map lookup per column. */
    private static final ClassValue<PerDialect<Hydrator<?>>> SHARED = PerDialect.perModel();

    private final ModelInfo<T> model;
    private final ColumnInfo[] columns;
    private final TypeHandler<?>[] handlers;

    /**
     * Returns the hydrator of {@code model} rows on {@code dialect}.
     *
     * @param model the model
     * @param dialect the dialect
     * @param <T> the model type
     * @return the shared hydrator
     */
    @SuppressWarnings("unchecked")
    public static <T> Hydrator<T> of(ModelInfo<T> model, Dialect dialect) {
        return (Hydrator<T>) SHARED.get(model.type()).get(dialect, forDialect -> new Hydrator<>(model, forDialect));
    }

    private Hydrator(ModelInfo<T> model, Dialect dialect) {
        this.model = model;
        this.columns = model.columns().toArray(new ColumnInfo[0]);
        this.handlers = new TypeHandler<?>[columns.length];
        for (int i = 0; i < handlers.length; i++) {
            handlers[i] = columns[i].handlerIn(dialect.types());
        }
    }

    /**
     * Reads the current row into a new record.
     *
     * @param row the result set on a row whose first columns are the model's columns
     * @return the record, marked as persisted and clean
     * @throws SQLException when reading fails
     */
    public T read(ResultSet row) throws SQLException {
        T record = model.newInstance();
        fill(record, row, -1, null);
        return record;
    }

    /**
     * Reads the current row into a new record, except for one column whose value the caller already has (an
     * eager load's key, which the record then shares with its owner instead of holding a copy).
     *
     * @param row the result set on a row whose first columns are the model's columns
     * @param knownColumn the index of the column not to read, or -1 to read them all
     * @param knownValue that column's value, equal to what the row holds
     * @return the record, marked as persisted and clean
     * @throws SQLException when reading fails
     */
    public T read(ResultSet row, int knownColumn, Object knownValue) throws SQLException {
        T record = model.newInstance();
        fill(record, row, knownColumn, knownValue);
        return record;
    }

    /**
     * Reads only the primary key of the current row, to find a record already loaded without building another.
     *
     * @param row the result set on a row
     * @return the key
     * @throws SQLException when reading fails
     */
    public Object key(ResultSet row) throws SQLException {
        int index = model.primaryKey().index();
        return handlers[index].read(row, index + 1);
    }

    /**
     * Overwrites {@code record}'s fields with the current row.
     *
     * @param record the record
     * @param row the result set on a row
     * @throws SQLException when reading fails
     */
    public void fill(T record, ResultSet row) throws SQLException {
        fill(record, row, -1, null);
    }

    private void fill(T record, ResultSet row, int knownColumn, Object knownValue) throws SQLException {
        // The values read are the snapshot dirty checks compare with; the record keeps it, no state object.
        TypeHandler<?>[] handlers = this.handlers;
        ColumnInfo[] columns = this.columns;
        Object[] snapshot = new Object[handlers.length];
        for (int i = 0; i < handlers.length; i++) {
            ColumnInfo column = columns[i];
            Object value = i == knownColumn ? knownValue : handlers[i].read(row, i + 1);
            snapshot[i] = column.snapshot(column.set(record, value));
        }
        RecordStates.synced((Model<?>) record, snapshot);
    }
}

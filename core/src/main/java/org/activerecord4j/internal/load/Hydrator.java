package org.activerecord4j.internal.load;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.FieldAccess;
import org.activerecord4j.Model;
import org.activerecord4j.internal.dialect.Dialect;
import org.activerecord4j.internal.dialect.PerDialect;
import org.activerecord4j.internal.model.ColumnInfo;
import org.activerecord4j.internal.model.ModelInfo;
import org.activerecord4j.internal.state.RecordStates;
import org.activerecord4j.internal.types.Handlers;
import org.activerecord4j.internal.types.TypeHandler;
import org.activerecord4j.internal.types.UnreadableValueException;

/**
 * Turns rows selected with {@link ModelInfo#columns()} in order into records. Handlers are resolved
 * once per model and dialect, columns are read by position: by the model's generated field access, one
 * statement per column ({@link FieldAccess#read}), else column by column. Immutable and thread-safe: one is
 * shared by every query over the model.
 *
 * @param <T> the model type
 */
public final class Hydrator<T> {

    /** One hydrator per model and dialect: resolving the handlers is a map lookup per column. */
    private static final ClassValue<PerDialect<Hydrator<?>>> SHARED = PerDialect.perModel();

    private final ModelInfo<T> model;
    private final ColumnInfo[] columns;
    private final TypeHandler<?>[] handlers;
    private final FieldAccess<T> access;
    /** The positions of the columns whose snapshot is a copy ({@link ColumnInfo#copiesSnapshot()}). */
    private final int[] copiedColumns;
    /** Whether records of the model keep their snapshot in generated fields ({@link FieldAccess#keepsSnapshot()}). */
    private final boolean keepsSnapshot;
    /** The {@code Long} columns besides the primary key, mostly foreign keys: consecutive rows often repeat their values. */
    private final int[] repeatingColumns;

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
        this.access = model.fieldAccess();
        this.keepsSnapshot = access.keepsSnapshot();
        this.copiedColumns = IntStream.range(0, columns.length).filter(i -> columns[i].copiesSnapshot()).toArray();
        int key = model.primaryKey().index();
        this.repeatingColumns = IntStream.range(0, columns.length).filter(i -> i != key && handlers[i] == Handlers.LONG).toArray();
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
        fill(record, row, handlers);
        return record;
    }

    /**
     * Returns column readers for one query of many rows, for {@link #read(ResultSet, FieldAccess.ColumnReader[])}:
     * a {@code Long} column other than the primary key (a foreign key, mostly) gives a row the previous row's
     * {@code Long} object when its value repeats, rather than a new one.
     *
     * @return a new array of readers, one per column, for one query only; null when the model has no such
     *     column (read with {@link #read(ResultSet)})
     */
    public FieldAccess.ColumnReader[] readersForManyRows() {
        return repeatingColumns.length == 0 ? null : manyRowReaders();
    }

    /**
     * Returns {@link #readersForManyRows()} with the one of {@code column} replaced by {@code reader}: an eager
     * load reads its key column through a reader of its own, in column order, so the driver never reads a row
     * backwards.
     *
     * @param column the index of the column
     * @param reader reads that column instead of its handler
     * @return a new array of readers, one per column, for one query only
     */
    public FieldAccess.ColumnReader[] readersWith(int column, FieldAccess.ColumnReader reader) {
        FieldAccess.ColumnReader[] readers = manyRowReaders();
        readers[column] = reader;
        return readers;
    }

    private FieldAccess.ColumnReader[] manyRowReaders() {
        FieldAccess.ColumnReader[] readers = Arrays.copyOf(handlers, handlers.length, FieldAccess.ColumnReader[].class);
        for (int i : repeatingColumns) {
            readers[i] = new RepeatedLongReader();
        }
        return readers;
    }

    /**
     * Reads the current row into a new record with the given column readers.
     *
     * @param row the result set on a row whose first columns are the model's columns
     * @param readers one reader per column, from {@link #readersForManyRows} or {@link #readersWith}; null for
     *     this hydrator's own
     * @return the record, marked as persisted and clean
     * @throws SQLException when reading fails
     */
    public T read(ResultSet row, FieldAccess.ColumnReader[] readers) throws SQLException {
        if (readers == null) {
            return read(row);
        }
        T record = model.newInstance();
        fill(record, row, readers);
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
     * Overwrites {@code record}'s fields with the current row, all or none: the row is read whole first, so a
     * value that cannot be read (a name its enum does not have) leaves the record as it was.
     *
     * @param record the record
     * @param row the result set on a row
     * @throws SQLException when reading fails
     */
    public void fill(T record, ResultSet row) throws SQLException {
        T read = read(row);
        Object[] snapshot = keepsSnapshot ? null : new Object[columns.length];
        for (int i = 0; i < columns.length; i++) {
            columns[i].set(record, columns[i].get(read));
            Object stored = RecordStates.snapshotValue((Model<?>) read, i);
            if (keepsSnapshot) {
                access.snapshot(record, i, stored);
            } else {
                snapshot[i] = stored;
            }
        }
        if (keepsSnapshot) {
            RecordStates.syncedInFields((Model<?>) record);
        } else {
            RecordStates.synced((Model<?>) record, snapshot);
        }
    }

    /** Reads the row into {@code record}, just created for it. */
    private void fill(T record, ResultSet row, FieldAccess.ColumnReader[] readers) throws SQLException {
        try {
            fillRow(record, row, readers);
        } catch (UnreadableValueException e) {
            throw located(row, e);
        }
    }

    /** The failure of the row's first column whose value its field cannot hold, found by reading the columns again. */
    private ActiveRecordException located(ResultSet row, UnreadableValueException unreadable) throws SQLException {
        for (int i = 0; i < columns.length; i++) {
            try {
                handlers[i].read(row, i + 1);
            } catch (UnreadableValueException here) {
                return here.inColumn(model.name() + "." + columns[i].fieldName() + " (column " + columns[i].name() + " of "
                        + model.table() + ")", columns[i].primitive());
            }
        }
        return unreadable.inColumn(model.name(), false);
    }

    private void fillRow(T record, ResultSet row, FieldAccess.ColumnReader[] readers) throws SQLException {
        if (keepsSnapshot && readIntoFields(record, row, readers)) {
            return;
        }
        // The values read are the snapshot dirty checks compare with; the record keeps it, no state object.
        Object[] snapshot = new Object[handlers.length];
        boolean read;
        try {
            read = access.read(record, row, readers, snapshot);
        } catch (ClassCastException e) {
            read = false; // column by column again, to say which column's value does not fit its field
        }
        if (!read) {
            fillByColumn(record, row, readers, snapshot);
        }
        for (int i : copiedColumns) {
            snapshot[i] = columns[i].snapshot(snapshot[i]);
        }
        RecordStates.loaded((Model<?>) record, snapshot);
    }

    /** Reads the row into the record's fields and its snapshot fields; false when a value does not fit. */
    private boolean readIntoFields(T record, ResultSet row, FieldAccess.ColumnReader[] readers) throws SQLException {
        try {
            access.read(record, row, readers, null);
        } catch (ClassCastException e) {
            return false; // read again column by column, which says which column's value does not fit its field
        }
        for (int i : copiedColumns) {
            access.snapshot(record, i, columns[i].snapshot(access.snapshot(record, i)));
        }
        RecordStates.loaded((Model<?>) record, null);
        return true;
    }

    private void fillByColumn(T record, ResultSet row, FieldAccess.ColumnReader[] readers, Object[] snapshot)
            throws SQLException {
        ColumnInfo[] columns = this.columns;
        for (int i = 0; i < readers.length; i++) {
            snapshot[i] = columns[i].set(record, readers[i].read(row, i + 1));
        }
    }
}

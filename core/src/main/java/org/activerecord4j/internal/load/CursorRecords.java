package org.activerecord4j.internal.load;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.FieldAccess;
import org.activerecord4j.internal.jdbc.Cursor;
import org.activerecord4j.internal.model.ModelInfo;

/**
 * The records of an open cursor, for a stream. With a batch action, rows are read a batch at a time
 * and the action (eager loading, strict marking) runs on each batch before its records are handed on,
 * so memory stays bounded by the batch. Never splits ({@link #trySplit}). Not thread-safe.
 *
 * @param <T> the model
 */
public final class CursorRecords<T> extends Spliterators.AbstractSpliterator<T> {

    private final ModelInfo<T> model;
    private final Cursor cursor;
    private final Hydrator<T> hydrator;
    private final FieldAccess.ColumnReader[] readers;
    private final int batchSize;
    private final Consumer<List<T>> batchAction;
    private List<T> batch = List.of();
    private int next;

    /**
     * Streams {@code cursor}'s rows as records.
     *
     * @param model the model
     * @param cursor the open cursor
     * @param hydrator reads each row
     * @param batchSize rows per batch when there is a batch action
     * @param batchAction runs on each batch before it is handed on, or null to hand on each row as read
     */
    public CursorRecords(ModelInfo<T> model, Cursor cursor, Hydrator<T> hydrator, int batchSize, Consumer<List<T>> batchAction) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.model = model;
        this.cursor = cursor;
        this.hydrator = hydrator;
        this.readers = hydrator.readersForManyRows();
        this.batchSize = batchSize;
        this.batchAction = batchAction;
    }

    /**
     * Hands the next record to {@code action}, which runs beside the cursor: relations it reads lazily are
     * read on the stream's own connection (or, where the database cannot interleave, on a free one), never
     * waiting for a connection the pool cannot give. A failure closes the cursor.
     */
    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        try {
            T record = nextRecord();
            if (record == null) {
                return false;
            }
            cursor.beside(() -> action.accept(record));
            return true;
        } catch (RuntimeException | Error e) {
            cursor.closeAfter(e);
            throw e;
        }
    }

    /** Hands every remaining record to {@code action}, the whole loop beside the cursor. */
    @Override
    public void forEachRemaining(Consumer<? super T> action) {
        try {
            cursor.beside(() -> {
                for (T record = nextRecord(); record != null; record = nextRecord()) {
                    action.accept(record);
                }
            });
        } catch (RuntimeException | Error e) {
            cursor.closeAfter(e);
            throw e;
        }
    }

    /**
     * Does not split: a parallel stream over a cursor runs sequentially, in the thread of its terminal operation.
     * A split would read rows off the cursor and hand them to other threads, whose consumers (and their lazy
     * reads) would run away from the cursor's connection, the stream's transaction and its {@code Database.use}
     * scope, and could wait for a connection a small pool does not have.
     *
     * @return null
     */
    @Override
    public Spliterator<T> trySplit() {
        return null;
    }

    /** The next record, or null after the last one, once the cursor is closed. */
    private T nextRecord() {
        if (batchAction == null) {
            if (cursor.next()) {
                return read();
            }
        } else if (next < batch.size() || fill()) {
            return batch.get(next++);
        }
        cursor.close();
        return null;
    }

    private boolean fill() {
        List<T> records = new ArrayList<>(batchSize);
        while (records.size() < batchSize && cursor.next()) {
            records.add(read());
        }
        if (records.isEmpty()) {
            return false;
        }
        cursor.beside(() -> batchAction.accept(records));
        batch = records;
        next = 0;
        return true;
    }

    private T read() {
        try {
            return hydrator.read(cursor.row(), readers);
        } catch (SQLException e) {
            throw new ActiveRecordException("Reading " + model.name() + " from a stream failed: " + e.getMessage(), e);
        }
    }
}

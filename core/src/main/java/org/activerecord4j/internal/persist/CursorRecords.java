package org.activerecord4j.internal.persist;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.internal.jdbc.Cursor;
import org.activerecord4j.internal.meta.ModelInfo;

/**
 * The records of an open cursor, for a stream. With a batch action, rows are read a batch at a time
 * and the action (eager loading, strict marking) runs on each batch before its records are handed on,
 * so memory stays bounded by the batch. Not thread-safe.
 *
 * @param <T> the model
 */
public final class CursorRecords<T> extends Spliterators.AbstractSpliterator<T> {

    private final ModelInfo<T> model;
    private final Cursor cursor;
    private final Hydrator<T> hydrator;
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
        this.batchSize = batchSize;
        this.batchAction = batchAction;
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        if (batchAction == null) {
            if (!cursor.next()) {
                return false;
            }
            action.accept(read());
            return true;
        }
        if (next == batch.size() && !fill()) {
            return false;
        }
        action.accept(batch.get(next++));
        return true;
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
            return hydrator.read(cursor.row());
        } catch (SQLException e) {
            throw new ActiveRecordException("Reading " + model.name() + " from a stream failed: " + e.getMessage(), e);
        }
    }
}

package org.activerecord4j.internal.load;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.activerecord4j.FieldAccess;
import org.activerecord4j.internal.types.Handlers;

/**
 * Reads a {@code Long} column whose value consecutive rows often repeat, as a foreign key does when a
 * table's rows were inserted parent by parent or the query orders by it: a value equal to the previous
 * row's gets the previous row's {@code Long} object instead of a new one (24 bytes a row). Reads as
 * {@link Handlers#LONG} does otherwise; a {@code Long} is immutable, so sharing it changes nothing a record
 * can see. Not thread-safe: one per query.
 */
final class RepeatedLongReader implements FieldAccess.ColumnReader {

    private Long previous;

    @Override
    public Object read(ResultSet row, int index) throws SQLException {
        long value = row.getLong(index);
        if (value == 0 && row.wasNull()) {
            return null;
        }
        Long last = previous;
        if (last != null && last == value) {
            return last;
        }
        return previous = value;
    }
}

package org.activerecord4j.internal.load;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.activerecord4j.FieldAccess;

/**
 * Reads an eager step's {@code Long} key column while its record is read: as a primitive, so finding the
 * row's owner group boxes nothing, and in column order with the other columns, each read once, as
 * {@link ResultSet}'s documentation asks (MariaDB's driver, which decodes a row as it goes, would otherwise
 * go back to the row's start for the columns before the key). The record gets the group's
 * key object, so it shares its owner's instead of holding a copy. Remembers the row's group for
 * {@link #groupOf}. Not thread-safe: one per step.
 */
final class OwnerKeyReader implements FieldAccess.ColumnReader {

    private final OwnerGroups groups;
    private OwnerGroup group;
    /** Whether this row's key was read, so {@link #groupOf} need not read it again. */
    private boolean read;

    /**
     * Creates a reader of the keys of {@code groups}.
     *
     * @param groups the step's owner groups, keyed by {@code long}
     */
    OwnerKeyReader(OwnerGroups groups) {
        this.groups = groups;
    }

    @Override
    public Object read(ResultSet row, int index) throws SQLException {
        long key = row.getLong(index);
        boolean isNull = key == 0 && row.wasNull();
        group = isNull ? null : groups.get(key);
        read = true;
        if (group != null) {
            return group.key;
        }
        return isNull ? null : Long.valueOf(key);
    }

    /**
     * Returns the group of the current row's key, and forgets it for the next row.
     *
     * @param row the result set on the row
     * @param index the key column's JDBC index, read now if the row's record was not read from it (one met
     *     before in this load)
     * @return the group, or null when no owner has the key
     * @throws SQLException when reading fails
     */
    OwnerGroup groupOf(ResultSet row, int index) throws SQLException {
        if (!read) {
            read(row, index);
        }
        read = false;
        return group;
    }
}

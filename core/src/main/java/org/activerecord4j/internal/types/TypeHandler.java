package org.activerecord4j.internal.types;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.activerecord4j.FieldAccess;

/**
 * Moves one Java type in and out of JDBC for one storage choice (native type or text); as a
 * {@link FieldAccess.ColumnReader} it reads its column for a generated field access. Handlers are stateless and
 * thread-safe.
 *
 * @param <T> the Java type
 */
public interface TypeHandler<T> extends FieldAccess.ColumnReader {

    /**
     * Binds {@code value} (never null) at {@code index}.
     *
     * @param statement the statement
     * @param index the 1-based parameter index
     * @param value the value
     * @throws SQLException when the driver refuses it
     */
    void bind(PreparedStatement statement, int index, T value) throws SQLException;

    /**
     * Reads the value at {@code index}, or null when the column is SQL NULL.
     *
     * @param row the result set positioned on a row
     * @param index the 1-based column index
     * @return the value or null
     * @throws SQLException when the driver cannot read it
     */
    @Override
    T read(ResultSet row, int index) throws SQLException;

    /**
     * Returns the {@link java.sql.Types} code used to bind a null of this type.
     *
     * @return the SQL type code
     */
    int nullType();

    /**
     * Binds {@code value}, which may be null.
     *
     * @param statement the statement
     * @param index the 1-based parameter index
     * @param value the value or null
     * @throws SQLException when the driver refuses it
     */
    @SuppressWarnings("unchecked")
    default void bindNullable(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, nullType());
        } else {
            bind(statement, index, (T) value);
        }
    }
}

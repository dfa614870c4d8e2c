package org.activerecord4j.internal.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Binds one row of a batch (a record's values) to a prepared statement.
 *
 * @param <T> the row
 */
@FunctionalInterface
public interface RowBinder<T> {

    /**
     * Binds the row's values, from parameter 1 on.
     *
     * @param statement the statement
     * @param row the row
     * @throws SQLException when the driver refuses a value
     */
    void bind(PreparedStatement statement, T row) throws SQLException;
}

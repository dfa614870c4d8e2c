package org.activerecord4j.internal.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Consumes one row of a result set, positioned by the caller. */
@FunctionalInterface
public interface RowHandler {

    /**
     * Reads the current row.
     *
     * @param row the result set on the current row
     * @throws SQLException when reading fails
     */
    void row(ResultSet row) throws SQLException;
}

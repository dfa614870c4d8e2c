package org.activerecord4j.internal.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Takes the key the database generated for one inserted row.
 *
 * @param <T> the row
 */
@FunctionalInterface
public interface KeyReader<T> {

    /**
     * Reads the key from column 1 of {@code keys} into {@code row}.
     *
     * @param row the inserted row
     * @param keys the result set on the row's key
     * @throws SQLException when reading fails
     */
    void read(T row, ResultSet keys) throws SQLException;
}

package org.activerecord4j.internal.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work done with a borrowed connection.
 *
 * @param <R> the result
 */
@FunctionalInterface
public interface ConnectionWork<R> {

    /**
     * Does the work.
     *
     * @param connection the connection; do not close it
     * @return the result
     * @throws SQLException when the driver fails
     */
    R run(Connection connection) throws SQLException;
}

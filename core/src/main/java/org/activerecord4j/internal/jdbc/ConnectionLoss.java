package org.activerecord4j.internal.jdbc;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/** Tells a lost connection (closed or killed by the server, network gone) from a statement the database refused. */
final class ConnectionLoss {

    private ConnectionLoss() {
    }

    /**
     * Returns whether {@code failure} means the connection is gone.
     *
     * @param failure the driver's exception
     * @return true for SQLState class 08 (connection exception), PostgreSQL's 57P01–57P03 (the server
     *     terminated the session) and the JDBC connection-exception types
     */
    static boolean is(SQLException failure) {
        for (SQLException e = failure; e != null; e = e.getNextException()) {
            String state = e.getSQLState();
            if (e instanceof SQLNonTransientConnectionException || e instanceof SQLTransientConnectionException
                    || e instanceof SQLRecoverableException
                    || state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
                return true;
            }
            if (e.getNextException() == e) {
                break;
            }
        }
        return false;
    }
}

package org.activerecord4j.internal.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.activerecord4j.ActiveRecordException;

/**
 * Reads from the database's catalogue whether a table exists, so {@code createTables} can skip existing
 * tables without {@code CREATE INDEX IF NOT EXISTS}, which MySQL 8 does not have.
 */
public final class TableCatalog {

    private TableCatalog() {
    }

    /**
     * Returns whether {@code table} exists in the connection's current schema (PostgreSQL) or database
     * (MariaDB/MySQL, SQLite).
     *
     * @param engine the database
     * @param table the table name, exactly as created
     * @return true when it exists
     * @throws ActiveRecordException when the catalogue cannot be read
     */
    public static boolean exists(Engine engine, String table) {
        // MariaDB/MySQL may store names in lower case (lower_case_table_names), so compare without case there.
        boolean ignoreCase = engine.dialect().caseInsensitiveTableNames();
        try {
            return engine.withConnection(false, connection -> find(connection, table, ignoreCase));
        } catch (SQLException e) {
            throw new ActiveRecordException("Cannot read from the catalogue of " + engine.dialect().name()
                    + " whether table " + table + " exists: " + e.getMessage(), e);
        }
    }

    private static boolean find(Connection connection, String table, boolean ignoreCase) throws SQLException {
        DatabaseMetaData catalogue = connection.getMetaData();
        // The name is a LIKE pattern ('_' matches any character), so rows are compared exactly below.
        try (ResultSet rows = catalogue.getTables(connection.getCatalog(), connection.getSchema(), table, null)) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME");
                if (ignoreCase ? table.equalsIgnoreCase(name) : table.equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }
}

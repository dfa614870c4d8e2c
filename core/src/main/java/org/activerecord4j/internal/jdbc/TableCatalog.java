package org.activerecord4j.internal.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.activerecord4j.ActiveRecordException;

/**
 * Reads from the database's catalogue whether a table exists and which columns it has, so {@code createTables} can
 * skip existing tables without {@code CREATE INDEX IF NOT EXISTS}, which MySQL 8 does not have, and refuse one that
 * lacks columns of its model.
 */
public final class TableCatalog {

    private TableCatalog() {
    }

    /**
     * Returns the columns of {@code table} in the connection's current schema (PostgreSQL) or database (MariaDB/MySQL,
     * SQLite), in one read of the catalogue.
     *
     * @param engine the database
     * @param table the table name, exactly as created
     * @return the column names as the catalogue spells them, or null when the table does not exist
     * @throws ActiveRecordException when the catalogue cannot be read
     */
    public static List<String> columns(Engine engine, String table) {
        // MariaDB/MySQL may store names in lower case (lower_case_table_names), so compare without case there.
        boolean ignoreCase = engine.dialect().caseInsensitiveTableNames();
        try {
            return engine.withConnection(false, connection -> find(connection, table, ignoreCase));
        } catch (SQLException e) {
            throw new ActiveRecordException("Cannot read from the catalogue of " + engine.dialect().name()
                    + " whether table " + table + " exists: " + e.getMessage(), e);
        }
    }

    private static List<String> find(Connection connection, String table, boolean ignoreCase) throws SQLException {
        DatabaseMetaData catalogue = connection.getMetaData();
        List<String> columns = new ArrayList<>();
        // The name is a LIKE pattern ('_' matches any character), so rows are compared exactly below.
        try (ResultSet rows = catalogue.getColumns(connection.getCatalog(), connection.getSchema(), table, "%")) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME");
                if (ignoreCase ? table.equalsIgnoreCase(name) : table.equals(name)) {
                    columns.add(rows.getString("COLUMN_NAME"));
                }
            }
        }
        return columns.isEmpty() ? null : columns;
    }
}

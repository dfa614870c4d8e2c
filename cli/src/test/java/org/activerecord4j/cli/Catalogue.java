package org.activerecord4j.cli;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The foreign keys and indexes of tables, as a database's catalogue reports them. */
final class Catalogue {

    private Catalogue() {
    }

    /** Each foreign key as {@code table.column>referenced_table}, sorted. */
    static List<String> foreignKeys(Connection connection, ScratchDatabase scratch, List<String> tables) throws SQLException {
        TreeSet<String> keys = new TreeSet<>();
        DatabaseMetaData catalogue = connection.getMetaData();
        for (String table : tables) {
            try (ResultSet rows = catalogue.getImportedKeys(scratch.catalog(), scratch.schema(), table)) {
                while (rows.next()) {
                    keys.add(table + "." + rows.getString("FKCOLUMN_NAME") + ">" + rows.getString("PKTABLE_NAME"));
                }
            }
        }
        return new ArrayList<>(keys);
    }

    /** Each index column as {@code table.index(column)}, sorted. */
    static List<String> indexes(Connection connection, ScratchDatabase scratch, List<String> tables) throws SQLException {
        TreeSet<String> indexes = new TreeSet<>();
        DatabaseMetaData catalogue = connection.getMetaData();
        for (String table : tables) {
            try (ResultSet rows = catalogue.getIndexInfo(scratch.catalog(), scratch.schema(), table, false, false)) {
                while (rows.next()) {
                    indexes.add(table + "." + rows.getString("INDEX_NAME") + "(" + rows.getString("COLUMN_NAME") + ")");
                }
            }
        }
        return new ArrayList<>(indexes);
    }
}

package org.activerecord4j.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import org.activerecord4j.Database;

/**
 * The row count and a checksum of every row of some tables, read over plain JDBC, to show that a refused
 * input changed nothing (and dropped nothing).
 */
public final class TableChecksums {

    private TableChecksums() {
    }

    /**
     * Reads each table's rows in key order and sums them up.
     *
     * @param database the database
     * @param tables the tables, each with an {@code id} column
     * @return per table {@code "<rows> rows, crc <checksum>"}, or {@code "missing: <error>"} when it cannot be read
     */
    public static Map<String, String> of(Database database, String... tables) {
        Map<String, String> sums = new LinkedHashMap<>();
        for (String table : tables) {
            sums.put(table, sum(database, table));
        }
        return sums;
    }

    private static String sum(Database database, String table) {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT * FROM " + table + " ORDER BY id")) {
            CRC32 crc = new CRC32();
            int count = 0;
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                count++;
                for (int i = 1; i <= columns; i++) {
                    Object value = rows.getObject(i);
                    String text = value instanceof byte[] bytes ? Arrays.toString(bytes) : String.valueOf(value);
                    crc.update((text + "\u0000").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            return count + " rows, crc " + crc.getValue();
        } catch (SQLException e) {
            return "missing: " + e.getMessage();
        }
    }
}

package org.activerecord4j.internal.sql;

import java.util.List;
import org.activerecord4j.internal.dialect.Dialect;
import org.activerecord4j.schema.TableDefinition;

/** The statements of {@code Database.createTables} and {@code dropTables}, written by the one DDL renderer. */
public final class TableDdl {

    private TableDdl() {
    }

    /**
     * Returns {@code CREATE TABLE IF NOT EXISTS} for {@code table} and a {@code CREATE INDEX} for each of its
     * foreign keys.
     *
     * @param dialect the dialect
     * @param table the table
     * @return the statements, CREATE TABLE first
     */
    public static List<SqlStatement> create(Dialect dialect, TableDefinition table) {
        return new DdlRenderer(dialect, false).createTableIfNotExists(table).stream().map(TableDdl::statement).toList();
    }

    /**
     * Returns {@code DROP TABLE IF EXISTS} for {@code table}.
     *
     * @param dialect the dialect
     * @param table the table's name
     * @return the statement
     */
    public static SqlStatement drop(Dialect dialect, String table) {
        return statement(new DdlRenderer(dialect, false).dropTable(table));
    }

    private static SqlStatement statement(String sql) {
        return new SqlStatement(sql, List.of());
    }
}

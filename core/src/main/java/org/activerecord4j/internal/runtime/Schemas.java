package org.activerecord4j.internal.runtime;

import java.util.List;
import org.activerecord4j.InvalidArgumentException;
import org.activerecord4j.internal.dialect.Dialects;
import org.activerecord4j.internal.model.Naming;
import org.activerecord4j.internal.sql.DdlRenderer;
import org.activerecord4j.schema.ColumnDefinition;
import org.activerecord4j.schema.ForeignKeyDefinition;
import org.activerecord4j.schema.TableDefinition;

/** The runtime's side of the public {@code org.activerecord4j.schema} package: naming rules, model tables, DDL. */
public final class Schemas {

    private Schemas() {
    }

    /**
     * Checks that a dialect name is one the schema writer takes.
     *
     * @param dialect the name
     * @throws InvalidArgumentException naming the choices for an unknown dialect
     */
    public static void checkDialect(String dialect) {
        Dialects.named(dialect);
    }

    /**
     * Writes the statements that create a table (its indexes and constraints included).
     *
     * @param dialect a dialect name of {@link #dialects()}
     * @param multiline whether each column goes on a line of its own
     * @param ifNotExists whether the table is created only when missing
     * @param table the table
     * @return the statements
     */
    public static List<String> createTable(String dialect, boolean multiline, boolean ifNotExists, TableDefinition table) {
        DdlRenderer renderer = new DdlRenderer(Dialects.named(dialect), multiline);
        return ifNotExists ? renderer.createTableIfNotExists(table) : renderer.createTable(table);
    }

    /**
     * Writes the statements that add a column (with its foreign key and index) to an existing table.
     *
     * @param dialect a dialect name of {@link #dialects()}
     * @param table the table's name
     * @param column the column
     * @param foreignKey its foreign key, or null
     * @return the statements
     */
    public static List<String> addColumn(String dialect, String table, ColumnDefinition column, ForeignKeyDefinition foreignKey) {
        return new DdlRenderer(Dialects.named(dialect), false).addColumn(table, column, foreignKey);
    }

    /**
     * Writes the statements that add a foreign key (and its index) to an existing column.
     *
     * @param dialect a dialect name of {@link #dialects()}
     * @param table the table's name
     * @param foreignKey the foreign key
     * @return the statements
     * @throws InvalidArgumentException on SQLite, which cannot add a constraint to an existing table
     */
    public static List<String> addForeignKey(String dialect, String table, ForeignKeyDefinition foreignKey) {
        return new DdlRenderer(Dialects.named(dialect), false).addForeignKey(table, foreignKey);
    }

    /**
     * Writes the {@code CREATE INDEX} of a foreign key's column.
     *
     * @param dialect a dialect name of {@link #dialects()}
     * @param table the table's name
     * @param column the column
     * @return the statement
     */
    public static String addIndex(String dialect, String table, String column) {
        return new DdlRenderer(Dialects.named(dialect), false).addIndex(table, column);
    }

    /**
     * Returns whether a dialect can add a constraint to an existing table (SQLite cannot).
     *
     * @param dialect a dialect name of {@link #dialects()}
     * @return whether it can
     */
    public static boolean altersConstraints(String dialect) {
        return Dialects.named(dialect).altersConstraints();
    }

    /**
     * Writes {@code DROP TABLE IF EXISTS}.
     *
     * @param dialect a dialect name of {@link #dialects()}
     * @param table the table's name
     * @return the statement
     */
    public static String dropTable(String dialect, String table) {
        return new DdlRenderer(Dialects.named(dialect), false).dropTable(table);
    }

    /**
     * Returns the dialect names the schema writer takes.
     *
     * @return the names
     */
    public static List<String> dialects() {
        return Dialects.names();
    }

    /**
     * Describes the table of a compiled model.
     *
     * @param model the model class
     * @return its table
     */
    public static TableDefinition tableOf(Class<?> model) {
        return ModelTables.of(model);
    }

    /**
     * Returns the table a model of this simple name maps to by default.
     *
     * @param modelName e.g. {@code OrderItem}
     * @return e.g. {@code order_items}
     */
    public static String tableName(String modelName) {
        return Naming.tableName(modelName);
    }

    /**
     * Returns the column a field maps to by default.
     *
     * @param fieldName e.g. {@code createdAt}
     * @return e.g. {@code created_at}
     */
    public static String columnName(String fieldName) {
        return Naming.snakeCase(fieldName);
    }
}

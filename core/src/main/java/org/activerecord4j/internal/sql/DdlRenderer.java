package org.activerecord4j.internal.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.activerecord4j.InvalidArgumentException;
import org.activerecord4j.internal.dialect.Dialect;
import org.activerecord4j.schema.ColumnDefinition;
import org.activerecord4j.schema.ForeignKeyDefinition;
import org.activerecord4j.schema.JavaType;
import org.activerecord4j.schema.KeyGeneration;
import org.activerecord4j.schema.TableDefinition;

/**
 * Writes the DDL of a {@link TableDefinition} in a dialect: the text behind the public
 * {@code org.activerecord4j.schema.DdlWriter}, {@code Database.createTables} and the generated migrations.
 * Immutable and thread-safe.
 */
public final class DdlRenderer {

    private final Dialect runtime;
    private final ConstraintNames names;
    private final boolean multiline;

    /**
     * Creates the renderer of a dialect.
     *
     * @param dialect the dialect
     * @param multiline whether CREATE TABLE puts each column on a line of its own
     */
    public DdlRenderer(Dialect dialect, boolean multiline) {
        this.runtime = dialect;
        this.names = new ConstraintNames(dialect.maxIdentifierLength());
        this.multiline = multiline;
    }

    /**
     * Returns {@code CREATE TABLE} with the columns, the key, the foreign key and unique constraints,
     * followed by one {@code CREATE INDEX idx_<table>_<column>} per indexed column.
     *
     * @param table the table
     * @return the statements, without trailing semicolons
     */
    public List<String> createTable(TableDefinition table) {
        return create(table, "CREATE TABLE ");
    }

    /**
     * As {@link #createTable}, but {@code CREATE TABLE IF NOT EXISTS}; the indexes are created
     * unconditionally, so call it only for a table that does not exist yet (it guards a race, not a rerun).
     *
     * @param table the table
     * @return the statements, without trailing semicolons
     */
    public List<String> createTableIfNotExists(TableDefinition table) {
        return create(table, "CREATE TABLE IF NOT EXISTS ");
    }

    /**
     * Returns the statements that add {@code column} to an existing table: on SQLite one
     * {@code ALTER TABLE … ADD COLUMN … REFERENCES …} (SQLite cannot add a constraint to an existing table),
     * elsewhere {@code ADD COLUMN} then {@code ADD CONSTRAINT … FOREIGN KEY}; then the index of a foreign
     * key.
     *
     * @param table the existing table
     * @param column the new column
     * @param foreignKey the foreign key of the new column, or null for a plain column
     * @return the statements, without trailing semicolons
     * @throws InvalidArgumentException when the foreign key is not on {@code column}, or when SQLite is asked
     *     for a {@code NOT NULL} or {@code UNIQUE} column, which it cannot add to an existing table
     */
    public List<String> addColumn(String table, ColumnDefinition column, ForeignKeyDefinition foreignKey) {
        requireName(table, "table");
        if (foreignKey != null && !foreignKey.column().equals(column.name())) {
            throw new InvalidArgumentException("The foreign key " + foreignKey + " is not on the added column "
                    + column.name());
        }
        if (!runtime.altersConstraints() && (!column.nullable() || column.unique())) {
            throw new InvalidArgumentException("SQLite cannot add the NOT NULL or UNIQUE column " + table + "."
                    + column.name() + " to an existing table; add it nullable and not unique");
        }
        String alter = "ALTER TABLE " + quote(table) + " ADD COLUMN " + quote(column.name()) + " "
                + columnType(column, foreignKey != null, foreignKey != null) + constraints(column);
        List<String> statements = new ArrayList<>();
        if (foreignKey == null) {
            statements.add(alter);
            return statements;
        }
        String constraint = "CONSTRAINT " + quote(names.foreignKey(table, column.name())) + " ";
        if (runtime.altersConstraints()) {
            statements.add(alter);
            statements.add("ALTER TABLE " + quote(table) + " ADD " + constraint + "FOREIGN KEY (" + quote(column.name())
                    + ") " + references(foreignKey));
        } else {
            statements.add(alter + " " + constraint + references(foreignKey));
        }
        statements.add(createIndex(table, column.name()));
        return statements;
    }

    /**
     * Returns the statements that add a foreign key to an existing column of an existing table: {@code ALTER TABLE
     * … ADD CONSTRAINT … FOREIGN KEY}, then the column's index.
     *
     * @param table the existing table
     * @param foreignKey the foreign key
     * @return the statements
     * @throws InvalidArgumentException on a dialect that cannot add a constraint to an existing table (SQLite)
     */
    public List<String> addForeignKey(String table, ForeignKeyDefinition foreignKey) {
        requireName(table, "table");
        if (!runtime.altersConstraints()) {
            throw new InvalidArgumentException(runtime.name() + " cannot add the foreign key " + table + "."
                    + foreignKey.column() + " to an existing table; only a new table or a new column can have one there");
        }
        return List.of("ALTER TABLE " + quote(table) + " ADD CONSTRAINT " + quote(names.foreignKey(table, foreignKey.column()))
                + " FOREIGN KEY (" + quote(foreignKey.column()) + ") " + references(foreignKey), createIndex(table, foreignKey.column()));
    }

    /**
     * Returns {@code CREATE INDEX idx_<table>_<column>}, the index a foreign key's column gets.
     *
     * @param table the table
     * @param column the column
     * @return the statement
     */
    public String addIndex(String table, String column) {
        return createIndex(requireName(table, "table"), column);
    }

    /**
     * Returns {@code DROP TABLE IF EXISTS}.
     *
     * @param table the table
     * @return the statement
     */
    public String dropTable(String table) {
        return "DROP TABLE IF EXISTS " + quote(requireName(table, "table"));
    }

    private List<String> create(TableDefinition table, String verb) {
        List<String> parts = new ArrayList<>();
        for (ColumnDefinition column : table.columns()) {
            parts.add(quote(column.name()) + " " + definition(table, column));
        }
        for (ForeignKeyDefinition key : table.foreignKeys()) {
            parts.add("CONSTRAINT " + quote(names.foreignKey(table.name(), key.column())) + " FOREIGN KEY ("
                    + quote(key.column()) + ") " + references(key));
        }
        for (List<String> key : table.uniqueKeys()) {
            parts.add("CONSTRAINT " + quote(names.uniqueKey(table.name(), key)) + " UNIQUE ("
                    + key.stream().map(this::quote).collect(Collectors.joining(", ")) + ")");
        }
        String body = multiline
                ? parts.stream().collect(Collectors.joining(",\n    ", " (\n    ", "\n)"))
                : parts.stream().collect(Collectors.joining(", ", " (", ")"));
        List<String> statements = new ArrayList<>();
        statements.add(verb + quote(table.name()) + body + runtime.tableOptions());
        table.indexes().forEach(column -> statements.add(createIndex(table.name(), column)));
        return statements;
    }

    private String definition(TableDefinition table, ColumnDefinition column) {
        boolean key = column.name().equals(table.primaryKey());
        if (key && table.keyGeneration() == KeyGeneration.DATABASE) {
            return runtime.generatedKeyDdl(column.type().storedAs());
        }
        String type = columnType(column, key || keyed(table, column.name()), key || referencing(table, column.name()));
        return key ? type + " NOT NULL PRIMARY KEY" : type + constraints(column);
    }

    private static boolean keyed(TableDefinition table, String column) {
        return table.indexes().contains(column) || table.uniqueKeys().stream().anyMatch(key -> key.contains(column));
    }

    private static boolean referencing(TableDefinition table, String column) {
        return table.foreignKeys().stream().anyMatch(key -> key.column().equals(column));
    }

    /**
     * The column's type; a text key or foreign key ({@code exact}) compares as Java's equals does, with the same
     * collation on both sides of the foreign key (MariaDB refuses one whose collation differs from its key's), while
     * other text keeps the database's default.
     */
    private String columnType(ColumnDefinition column, boolean keyed, boolean exact) {
        if (column.type() == JavaType.STRING || column.type() == JavaType.ENUM) {
            String collation = exact ? runtime.exactKeyCollation() : "";
            if (column.length() > 0) {
                return "VARCHAR(" + column.length() + ")" + collation;
            }
            if (keyed || exact || column.unique()) {
                return runtime.keyStringDdl() + collation;
            }
        }
        return runtime.types().ddl(column.type().storedAs(), column.precision(), column.scale());
    }

    private static String constraints(ColumnDefinition column) {
        return (column.nullable() ? "" : " NOT NULL") + (column.unique() ? " UNIQUE" : "");
    }

    private String references(ForeignKeyDefinition key) {
        return "REFERENCES " + quote(key.referencedTable()) + "(" + quote(key.referencedColumn()) + ")";
    }

    private String createIndex(String table, String column) {
        return "CREATE INDEX " + quote(names.index(table, column)) + " ON " + quote(table) + "(" + quote(column) + ")";
    }

    private String quote(String identifier) {
        return runtime.quote(Objects.requireNonNull(identifier, "identifier"));
    }

    private static String requireName(String name, String role) {
        if (name == null || name.isBlank()) {
            throw new InvalidArgumentException("A " + role + " needs a non-blank name but was '" + name + "'");
        }
        return name;
    }
}

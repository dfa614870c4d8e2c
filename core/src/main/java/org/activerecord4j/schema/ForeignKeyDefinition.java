package org.activerecord4j.schema;

/**
 * A foreign key constraint: {@code column} of the table that declares it references
 * {@code referencedColumn} of {@code referencedTable}. Immutable and thread-safe.
 *
 * @param column the referencing column, e.g. {@code user_id}
 * @param referencedTable the referenced table, e.g. {@code users}
 * @param referencedColumn the referenced column, usually the key, e.g. {@code id}
 */
public record ForeignKeyDefinition(String column, String referencedTable, String referencedColumn) {

    /**
     * Checks the names.
     *
     * @param column the referencing column
     * @param referencedTable the referenced table
     * @param referencedColumn the referenced column
     * @throws IllegalArgumentException when a name is null or blank
     */
    public ForeignKeyDefinition {
        Names.require(column, "foreign key column");
        Names.require(referencedTable, "referenced table");
        Names.require(referencedColumn, "referenced column");
    }
}

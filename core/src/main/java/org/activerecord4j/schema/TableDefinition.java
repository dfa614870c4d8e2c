package org.activerecord4j.schema;

import org.activerecord4j.InvalidArgumentException;
import org.activerecord4j.internal.runtime.Schemas;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A table as the DDL writer needs it: columns in order, the primary key and who generates it, foreign
 * keys, indexed columns and unique column sets (such as a join table's pair of keys). Neutral data: it
 * is built from a compiled model ({@link #of(Class)}) or from parsed sources ({@link #builder(String)}).
 * Immutable and thread-safe.
 */
public final class TableDefinition {

    private final String name;
    private final List<ColumnDefinition> columns;
    private final String primaryKey;
    private final KeyGeneration keyGeneration;
    private final List<ForeignKeyDefinition> foreignKeys;
    private final List<String> indexes;
    private final List<List<String>> uniqueKeys;

    private TableDefinition(Builder builder) {
        this.name = builder.name;
        this.columns = List.copyOf(builder.columns.values());
        this.primaryKey = builder.primaryKey;
        this.keyGeneration = builder.keyGeneration;
        // In column order, not the order they were added: reflection does not promise the order of a class's fields,
        // so a model's relations may come in any order, and its DDL must not change with it.
        List<String> order = List.copyOf(builder.columns.keySet());
        this.foreignKeys = builder.foreignKeys.stream()
                .sorted(Comparator.comparingInt((ForeignKeyDefinition key) -> order.indexOf(key.column()))).toList();
        this.indexes = builder.indexes.stream().sorted(Comparator.comparingInt(order::indexOf)).toList();
        this.uniqueKeys = List.copyOf(builder.uniqueKeys);
    }

    /**
     * Starts describing table {@code name}.
     *
     * @param name the table name
     * @return a builder
     * @throws InvalidArgumentException when the name is blank
     */
    public static Builder builder(String name) {
        return new Builder(Names.require(name, "table"));
    }

    /**
     * Describes the table of a compiled model, as {@code Database.createTables} creates it: its columns with
     * their {@code @Column} limits ({@code NOT NULL} for primitives and {@code nullable = false}), its key,
     * a foreign key (and index) for each of its BelongsTo relations, and, on a join model, a unique key on the two keys
     * of each HasManyThrough that goes through it (in column order, as the generator writes it), found among the
     * relations of the models its own relations point at.
     *
     * @param model the model class, e.g. {@code User.class}
     * @return its table
     * @throws org.activerecord4j.ModelDefinitionException when the class is not a valid model
     * @throws org.activerecord4j.RelationDefinitionException when one of its relations is invalid
     */
    public static TableDefinition of(Class<?> model) {
        return Schemas.tableOf(model);
    }

    /**
     * Returns a builder holding this table, to add to it.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder(name);
        columns.forEach(builder::column);
        builder.primaryKey(primaryKey, keyGeneration);
        foreignKeys.forEach(key -> builder.foreignKey(key.column(), key.referencedTable(), key.referencedColumn()));
        indexes.forEach(builder::index);
        uniqueKeys.forEach(key -> builder.uniqueKey(key.toArray(String[]::new)));
        return builder;
    }

    /**
     * Returns the table name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the columns in declaration order.
     *
     * @return the columns
     */
    public List<ColumnDefinition> columns() {
        return columns;
    }

    /**
     * Finds a column by name.
     *
     * @param column the column name
     * @return the column, or empty when there is none
     */
    public Optional<ColumnDefinition> column(String column) {
        return columns.stream().filter(candidate -> candidate.name().equals(column)).findFirst();
    }

    /**
     * Returns the primary key's column name.
     *
     * @return e.g. {@code id}
     */
    public String primaryKey() {
        return primaryKey;
    }

    /**
     * Returns who assigns new keys.
     *
     * @return the key generation
     */
    public KeyGeneration keyGeneration() {
        return keyGeneration;
    }

    /**
     * Returns the foreign keys, in the order of their columns.
     *
     * @return the foreign keys
     */
    public List<ForeignKeyDefinition> foreignKeys() {
        return foreignKeys;
    }

    /**
     * Returns the columns that get an index {@code idx_<table>_<column>}: every foreign key column and any
     * other column indexed explicitly, in column order.
     *
     * @return the indexed columns
     */
    public List<String> indexes() {
        return indexes;
    }

    /**
     * Returns the sets of columns that are unique together (a join table's two keys).
     *
     * @return the unique keys
     */
    public List<List<String>> uniqueKeys() {
        return uniqueKeys;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TableDefinition that && name.equals(that.name) && columns.equals(that.columns)
                && primaryKey.equals(that.primaryKey) && keyGeneration == that.keyGeneration
                && foreignKeys.equals(that.foreignKeys) && indexes.equals(that.indexes) && uniqueKeys.equals(that.uniqueKeys);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, columns, primaryKey, keyGeneration, foreignKeys, indexes, uniqueKeys);
    }

    @Override
    public String toString() {
        return "TableDefinition[" + name + " " + columns + ", key " + primaryKey + " (" + keyGeneration + "), foreign keys "
                + foreignKeys + ", indexes " + indexes + ", unique " + uniqueKeys + "]";
    }

    /** Collects a table's parts and checks them together in {@link #build()}. Not thread-safe. */
    public static final class Builder {
        private final String name;
        private final Map<String, ColumnDefinition> columns = new LinkedHashMap<>();
        private String primaryKey;
        private KeyGeneration keyGeneration;
        private final Set<ForeignKeyDefinition> foreignKeys = new LinkedHashSet<>();
        private final Set<String> indexes = new LinkedHashSet<>();
        private final Set<List<String>> uniqueKeys = new LinkedHashSet<>();

        private Builder(String name) {
            this.name = name;
        }

        /**
         * Adds a column after those added so far.
         *
         * @param column the column
         * @return this builder
         * @throws InvalidArgumentException when the table already has a column of that name
         */
        public Builder column(ColumnDefinition column) {
            if (columns.putIfAbsent(column.name(), column) != null) {
                throw new InvalidArgumentException("Table " + name + " already has a column named '" + column.name() + "'");
            }
            return this;
        }

        /**
         * Makes {@code column} the primary key.
         *
         * @param column the key column's name
         * @param generation who assigns new keys
         * @return this builder
         */
        public Builder primaryKey(String column, KeyGeneration generation) {
            this.primaryKey = Names.require(column, "primary key column");
            this.keyGeneration = Objects.requireNonNull(generation, "generation");
            return this;
        }

        /**
         * Adds a foreign key from {@code column} to {@code referencedTable(referencedColumn)}, and an index on
         * {@code column}. Adding the same foreign key twice adds it once.
         *
         * @param column the referencing column of this table
         * @param referencedTable the referenced table
         * @param referencedColumn the referenced column
         * @return this builder
         */
        public Builder foreignKey(String column, String referencedTable, String referencedColumn) {
            foreignKeys.add(new ForeignKeyDefinition(column, referencedTable, referencedColumn));
            indexes.add(column);
            return this;
        }

        /**
         * Adds an index {@code idx_<table>_<column>} on one column.
         *
         * @param column the column
         * @return this builder
         */
        public Builder index(String column) {
            indexes.add(Names.require(column, "indexed column"));
            return this;
        }

        /**
         * Makes a set of columns unique together, e.g. a join table's two keys.
         *
         * @param columns at least one column
         * @return this builder
         * @throws InvalidArgumentException when no column is given
         */
        public Builder uniqueKey(String... columns) {
            if (columns.length == 0) {
                throw new InvalidArgumentException("A unique key of table " + name + " needs at least one column");
            }
            uniqueKeys.add(List.of(columns));
            return this;
        }

        /**
         * Checks the parts against each other and builds the table.
         *
         * @return the table
         * @throws InvalidArgumentException naming the table, the part and its columns when a key, a foreign
         *     key, an index or a unique key names a column the table does not have, or when the database is
         *     to generate a key that is not a {@code Long} or an {@code Integer}
         */
        public TableDefinition build() {
            if (primaryKey == null) {
                throw new InvalidArgumentException("Table " + name + " has no primary key; call primaryKey(column, generation)");
            }
            requireColumn("primary key", primaryKey);
            JavaType keyType = columns.get(primaryKey).type();
            if (keyGeneration == KeyGeneration.DATABASE && keyType != JavaType.LONG && keyType != JavaType.INTEGER) {
                throw new InvalidArgumentException("Table " + name + ": the database generates only LONG or INTEGER keys, but "
                        + primaryKey + " is " + keyType + "; use KeyGeneration.APPLICATION");
            }
            foreignKeys.forEach(key -> requireColumn("foreign key", key.column()));
            indexes.forEach(column -> requireColumn("index", column));
            uniqueKeys.forEach(key -> key.forEach(column -> requireColumn("unique key", column)));
            return new TableDefinition(this);
        }

        private void requireColumn(String role, String column) {
            if (!columns.containsKey(column)) {
                throw new InvalidArgumentException("Table " + name + ": the " + role + " column '" + column
                        + "' is not a column; its columns: " + String.join(", ", new ArrayList<>(columns.keySet())));
            }
        }
    }
}

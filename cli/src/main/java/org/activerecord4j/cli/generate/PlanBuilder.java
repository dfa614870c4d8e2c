package org.activerecord4j.cli.generate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activerecord4j.cli.source.GeneratorException;
import org.activerecord4j.cli.source.SourceField;
import org.activerecord4j.cli.source.SourceModel;
import org.activerecord4j.cli.source.SourceTables;
import org.activerecord4j.cli.source.SourceTree;
import org.activerecord4j.schema.DdlWriter;
import org.activerecord4j.schema.ForeignKeyDefinition;
import org.activerecord4j.schema.JavaType;
import org.activerecord4j.schema.TableDefinition;

/**
 * Turns one generation's edits, new models and new columns into {@link Changes}: it parses every text it is
 * about to write (so a generated file always parses), describes the tables from those texts with
 * {@link SourceTables} (so the migration says what {@code ar4j schema} and {@code createTables} would), and
 * writes the migration.
 */
final class PlanBuilder {

    private final SourceTree tree;
    private final DdlWriter writer;
    private final MigrationFiles migrations;
    private final ModelEdits edits = new ModelEdits();
    private final Map<Path, String> newModels = new LinkedHashMap<>();
    private final List<NewColumn> newColumns = new ArrayList<>();

    PlanBuilder(SourceTree tree, DdlWriter writer, MigrationFiles migrations) {
        this.tree = tree;
        this.writer = writer;
        this.migrations = migrations;
    }

    ModelEdits edits() {
        return edits;
    }

    void newModel(Path file, String text) {
        newModels.put(file, text);
    }

    /** A foreign-key column added to {@code holder}'s existing table, referencing {@code referenced}'s key. */
    void newColumn(SourceModel holder, String column, SourceModel referenced) {
        newColumns.add(new NewColumn(holder.name(), column, referenced.name()));
    }

    /** Key type of {@code model}'s primary key as a field type that may hold null: {@code Long} for {@code long}. */
    String keyType(SourceModel model) {
        return boxed(new SourceTables(tree.models(), tree::isEnum).key(model).type());
    }

    /**
     * Refuses a key column that {@code holder} has already when its field's type is not the type of the key it
     * would reference: the migration's foreign key would not apply (MariaDB refuses an {@code INT} column to a
     * {@code BIGINT} key, PostgreSQL a {@code VARCHAR} one), nor would {@code createTables}.
     *
     * @throws GeneratorException naming the field, both types and what to change
     */
    void requireKeyType(SourceModel holder, SourceField field, SourceModel referenced) {
        String keyType = keyType(referenced);
        if (!simpleName(boxed(field.type())).equals(simpleName(keyType))) {
            SourceField key = new SourceTables(tree.models(), tree::isEnum).key(referenced);
            throw new GeneratorException("Conflict: " + holder.name() + "." + field.name() + " (column " + field.columnName()
                    + ", " + holder.file() + ") is " + field.type() + " but the key it would reference, " + referenced.name()
                    + "." + key.name() + " (" + referenced.table() + "." + key.columnName() + "), is " + keyType
                    + "; a foreign key needs the referenced key's type: change the field's type (and its column, in a "
                    + "migration of your own), or choose another --foreign-key; no file was changed");
        }
    }

    private static String boxed(String type) {
        return switch (type) {
            case "long" -> "Long";
            case "int" -> "Integer";
            case "short" -> "Short";
            default -> type;
        };
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /**
     * The class a field of {@link #keyType} needs imported: {@code java.util.UUID} for {@code UUID}; null for a
     * {@code java.lang} type or a type written with its package.
     */
    static String keyImport(String keyType) {
        return JavaType.forName(keyType).map(JavaType::storedAs)
                .filter(type -> type.getSimpleName().equals(keyType) && !type.getPackageName().equals("java.lang"))
                .map(Class::getCanonicalName).orElse(null);
    }

    Changes build(String summary, String comment) {
        Map<String, SourceModel> current = new LinkedHashMap<>();
        tree.models().forEach(model -> current.put(model.name(), model));
        Map<SourceModel, String> edited = edits.edited();
        edited.forEach((model, text) -> current.put(model.name(), reparse(model.file(), text, model.name())));
        List<SourceModel> created = new ArrayList<>();
        newModels.forEach((file, text) -> {
            String name = file.getFileName().toString().replace(".java", "");
            SourceModel model = reparse(file, text, name);
            current.put(name, model);
            created.add(model);
        });
        SourceTables tables = new SourceTables(new ArrayList<>(current.values()), tree::isEnum);
        current.values().forEach(tables::table);
        List<String> statements = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (SourceModel model : created) {
            statements.addAll(writer.multiline().createTable(tables.table(model)));
            described.add("create_" + model.table());
        }
        for (NewColumn column : newColumns) {
            SourceModel holder = current.get(column.holder);
            SourceModel referenced = current.get(column.referenced);
            SourceField field = holder.fieldForColumn(column.column).orElseThrow();
            statements.addAll(writer.addColumn(holder.table(), tables.column(holder, field), new ForeignKeyDefinition(
                    column.column, referenced.table(), tables.key(referenced).columnName())));
            described.add("add_" + column.column + "_to_" + holder.table());
        }
        List<String> notes = new ArrayList<>();
        SourceTables before = new SourceTables(tree.models(), tree::isEnum);
        for (SourceModel model : edited.keySet()) {
            TableDefinition was = before.table(model);
            SourceModel now = current.get(model.name());
            for (ForeignKeyDefinition key : tables.table(now).foreignKeys()) {
                if (was.column(key.column()).isPresent() && !was.foreignKeys().contains(key)) {
                    statements.addAll(foreignKeyOnExistingColumn(was, key, notes));
                    described.add("add_foreign_key_" + key.column() + "_to_" + was.name());
                }
            }
        }
        Changes changes = new Changes(summary, notes);
        edited.forEach((model, text) -> changes.edit(model.file(), model.text(), text));
        newModels.forEach(changes::create);
        if (!statements.isEmpty()) {
            changes.create(migrations.file(String.join("_and_", described)), MigrationFiles.text(comment, statements));
        }
        return changes;
    }

    /**
     * The statements that give a column the table has already the foreign key a relation now declares on it, and
     * its index; on SQLite, which cannot add a constraint to an existing table, the index only, with a note.
     */
    private List<String> foreignKeyOnExistingColumn(TableDefinition table, ForeignKeyDefinition key, List<String> notes) {
        List<String> statements = new ArrayList<>();
        if (writer.addsForeignKeys()) {
            statements.addAll(writer.addForeignKey(table.name(), key));
        } else {
            statements.add(writer.addIndex(table.name(), key.column()));
            notes.add(writer.dialect() + " cannot add a foreign-key constraint to an existing table: the migration indexes "
                    + table.name() + "." + key.column() + " but does not constrain it to " + key.referencedTable() + "."
                    + key.referencedColumn() + " (a table created from the models has the constraint); to add it, "
                    + "recreate " + table.name() + " in a migration of your own");
        }
        if (table.indexes().contains(key.column())) {
            statements.remove(writer.addIndex(table.name(), key.column()));
        }
        return statements;
    }

    private static SourceModel reparse(Path file, String text, String name) {
        return SourceTree.parseModels(file, text).stream().filter(model -> model.name().equals(name)).findFirst()
                .orElseThrow(() -> new GeneratorException("Internal error: the generated " + file + " does not declare model "
                        + name + "; please report it with the command you ran"));
    }

    private record NewColumn(String holder, String column, String referenced) {
    }
}

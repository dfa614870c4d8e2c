package org.activerecord4j.cli.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.activerecord4j.InvalidArgumentException;
import org.activerecord4j.schema.ColumnDefinition;
import org.activerecord4j.schema.JavaType;
import org.activerecord4j.schema.KeyGeneration;
import org.activerecord4j.schema.TableDefinition;

/**
 * Describes the tables of model sources for the DDL writer, by the rules {@code TableDefinition.of(Class)}
 * applies to compiled models: columns in field order with their {@code @Column} limits ({@code NOT NULL}
 * for primitives), the key ({@code @Id} or {@code id}; generated when a {@code Long}/{@code Integer} without
 * {@code @Id(generated = false)}), a foreign key and index per BelongsTo. In addition, a join model gets
 * {@code UNIQUE} on the two keys of each has_many_through that goes through it.
 */
public final class SourceTables {

    private final List<SourceModel> models;
    private final Predicate<String> isEnum;

    /**
     * Describes tables among {@code models}.
     *
     * @param models every model a relation may point at
     * @param isEnum whether a simple type name is an enum of the project
     */
    public SourceTables(List<SourceModel> models, Predicate<String> isEnum) {
        this.models = List.copyOf(models);
        this.isEnum = isEnum;
    }

    /**
     * Describes the table of {@code model}.
     *
     * @param model the model
     * @return its table
     * @throws GeneratorException when a field's type cannot be stored, there is no key, or a BelongsTo points
     *     at no model
     */
    public TableDefinition table(SourceModel model) {
        TableDefinition.Builder table = TableDefinition.builder(model.table());
        model.fields().forEach(field -> table.column(column(model, field)));
        SourceField key = key(model);
        JavaType keyType = column(model, key).type();
        boolean generated = key.generated() && (keyType == JavaType.LONG || keyType == JavaType.INTEGER);
        table.primaryKey(key.columnName(), generated ? KeyGeneration.DATABASE : KeyGeneration.APPLICATION);
        for (RelationDeclaration relation : model.relations()) {
            if (relation.kind() == RelationKind.BELONGS_TO) {
                RelationDeclaration full = relation.withDefaults(model.name());
                SourceModel target = target(model, full);
                table.foreignKey(full.foreignKey(), target.table(), key(target).columnName());
            }
        }
        uniquePairs(model).forEach(pair -> table.uniqueKey(pair.toArray(String[]::new)));
        try {
            return table.build();
        } catch (InvalidArgumentException e) {
            throw new GeneratorException(e.getMessage() + " (" + model.file() + ")");
        }
    }

    /**
     * Describes the column of one field.
     *
     * @param model the model
     * @param field one of its fields
     * @return the column
     * @throws GeneratorException naming the field and the supported types when its type cannot be stored
     */
    public ColumnDefinition column(SourceModel model, SourceField field) {
        String spelling = field.type();
        JavaType type = JavaType.forName(spelling).orElseGet(() -> {
            if (isEnum.test(spelling.substring(spelling.lastIndexOf('.') + 1))) {
                return JavaType.ENUM;
            }
            throw new GeneratorException("Field " + model.name() + "." + field.name() + " has type " + spelling
                    + ", which activerecord4j cannot store; supported: " + JavaType.supported() + "; mark other fields transient");
        });
        ColumnAttributes attributes = field.column();
        try {
            ColumnDefinition column = ColumnDefinition.of(field.columnName(), type).withLength(attributes.length())
                    .withNullable(attributes.nullable() && !field.primitive()).withUnique(attributes.unique());
            return type == JavaType.DECIMAL ? column.withDecimal(attributes.precision(), attributes.scale()) : column;
        } catch (InvalidArgumentException e) {
            throw new GeneratorException(e.getMessage() + " (" + model.file() + ")");
        }
    }

    /**
     * Returns the key field of {@code model}.
     *
     * @param model the model
     * @return the field marked {@code @Id}, or the one named {@code id}
     * @throws GeneratorException when there is none
     */
    public SourceField key(SourceModel model) {
        return model.fields().stream().filter(SourceField::markedId).findFirst()
                .or(() -> model.fields().stream().filter(field -> field.name().equals("id")).findFirst())
                .orElseThrow(() -> new GeneratorException(model.name() + " (" + model.file() + ") has no primary key: add a "
                        + "field named 'id' or mark one with @Id"));
    }

    /**
     * Describes every table, parents before the children that reference them (as far as references allow).
     *
     * @return the tables
     */
    public List<TableDefinition> ordered() {
        List<TableDefinition> tables = models.stream().map(this::table).toList();
        List<TableDefinition> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (ordered.size() < tables.size()) {
            int before = ordered.size();
            for (TableDefinition table : tables) {
                boolean ready = table.foreignKeys().stream().allMatch(key -> placed.contains(key.referencedTable())
                        || key.referencedTable().equals(table.name()));
                if (!placed.contains(table.name()) && ready) {
                    ordered.add(table);
                    placed.add(table.name());
                }
            }
            if (ordered.size() == before) {
                // A cycle of references: the rest in name order; their constraints need the others first anyway.
                tables.stream().filter(table -> !placed.contains(table.name())).forEach(ordered::add);
                break;
            }
        }
        return ordered;
    }

    /**
     * Finds the target model of a relation of {@code owner}.
     *
     * @param owner the model declaring it
     * @param relation the relation
     * @return the target
     * @throws GeneratorException when the target is not among the models
     */
    public SourceModel target(SourceModel owner, RelationDeclaration relation) {
        return models.stream().filter(model -> model.name().equals(relation.target())).findFirst()
                .orElseThrow(() -> new GeneratorException("Relation " + owner.name() + "." + relation.name() + " ("
                        + owner.file() + ") points at " + relation.target() + ", which is not a model of this project"));
    }

    private List<List<String>> uniquePairs(SourceModel join) {
        Set<List<String>> pairs = new LinkedHashSet<>();
        for (SourceModel owner : models) {
            for (RelationDeclaration relation : owner.relations()) {
                if (relation.kind() == RelationKind.HAS_MANY_THROUGH && join.name().equals(relation.through())) {
                    RelationDeclaration full = relation.withDefaults(owner.name());
                    List<String> pair = new ArrayList<>(List.of(full.foreignKey(), full.targetForeignKey()));
                    pair.sort(Comparator.comparingInt(column -> position(join, column)));
                    pairs.add(List.copyOf(pair));
                }
            }
        }
        return new ArrayList<>(pairs);
    }

    private static int position(SourceModel model, String column) {
        for (int i = 0; i < model.fields().size(); i++) {
            if (model.fields().get(i).columnName().equals(column)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}

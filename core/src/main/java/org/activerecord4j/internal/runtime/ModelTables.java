package org.activerecord4j.internal.runtime;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.activerecord4j.internal.model.ColumnInfo;
import org.activerecord4j.internal.model.KeyStrategy;
import org.activerecord4j.internal.model.ModelInfo;
import org.activerecord4j.internal.model.BoundRelation;
import org.activerecord4j.internal.model.ModelRelations;
import org.activerecord4j.schema.ColumnDefinition;
import org.activerecord4j.schema.JavaType;
import org.activerecord4j.schema.KeyGeneration;
import org.activerecord4j.schema.TableDefinition;

/**
 * Describes a compiled model's table from its metadata and its relations: a foreign key per BelongsTo, and, on a join
 * model, a unique key on the two keys of each HasManyThrough that goes through it (as the generator's migration
 * writes it), found among the relations of the models the join model relates to.
 */
final class ModelTables {

    private ModelTables() {
    }

    static TableDefinition of(Class<?> type) {
        ModelInfo<?> model = ModelInfo.of(type);
        TableDefinition.Builder table = TableDefinition.builder(model.table());
        for (ColumnInfo column : model.columns()) {
            ColumnDefinition definition = ColumnDefinition.of(column.name(), JavaType.of(column.type()))
                    .withLength(column.length())
                    .withNullable(column.nullable())
                    .withUnique(column.unique());
            table.column(column.type() == java.math.BigDecimal.class
                    ? definition.withDecimal(column.precision(), column.scale()) : definition);
        }
        table.primaryKey(model.primaryKey().name(),
                model.keyStrategy() == KeyStrategy.DATABASE ? KeyGeneration.DATABASE : KeyGeneration.APPLICATION);
        for (BoundRelation relation : ModelRelations.of(type).all()) {
            if (relation.kind().ownerHoldsKey()) {
                table.foreignKey(relation.foreignKey().name(), relation.target().table(),
                        relation.target().primaryKey().name());
            }
        }
        for (List<String> pair : throughPairs(type)) {
            table.uniqueKey(pair.toArray(String[]::new));
        }
        return table.build();
    }

    /**
     * The key pairs of the HasManyThrough relations that go through {@code join}, each in the join model's column order
     * (so a relation and its reverse give one pair), declared on the models {@code join} relates to: a join model has
     * a BelongsTo to each side, as the generator writes it.
     */
    private static Set<List<String>> throughPairs(Class<?> join) {
        Set<List<String>> pairs = new LinkedHashSet<>();
        Set<Class<?>> seen = new HashSet<>();
        for (BoundRelation relation : ModelRelations.of(join).all()) {
            Class<?> related = relation.target().type();
            if (!seen.add(related)) {
                continue;
            }
            for (BoundRelation candidate : ModelRelations.of(related).all()) {
                if (candidate.kind().throughJoin() && candidate.join().type() == join) {
                    ColumnInfo owner = candidate.foreignKey();
                    ColumnInfo target = candidate.targetForeignKey();
                    pairs.add(owner.index() < target.index() ? List.of(owner.name(), target.name())
                            : List.of(target.name(), owner.name()));
                }
            }
        }
        return pairs;
    }
}

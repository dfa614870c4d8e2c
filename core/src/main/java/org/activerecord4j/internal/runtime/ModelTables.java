package org.activerecord4j.internal.runtime;

import org.activerecord4j.internal.model.ColumnInfo;
import org.activerecord4j.internal.model.KeyStrategy;
import org.activerecord4j.internal.model.ModelInfo;
import org.activerecord4j.internal.model.BoundRelation;
import org.activerecord4j.internal.model.ModelRelations;
import org.activerecord4j.schema.ColumnDefinition;
import org.activerecord4j.schema.JavaType;
import org.activerecord4j.schema.KeyGeneration;
import org.activerecord4j.schema.TableDefinition;

/** Describes a compiled model's table from its metadata and its BelongsTo relations. */
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
        return table.build();
    }
}

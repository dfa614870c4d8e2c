package org.activerecord4j.internal.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.activerecord4j.internal.dialect.Dialect;
import org.activerecord4j.internal.meta.ColumnInfo;
import org.activerecord4j.internal.meta.KeyStrategy;
import org.activerecord4j.internal.meta.ModelInfo;
import org.activerecord4j.internal.relation.BoundRelation;
import org.activerecord4j.internal.relation.Kind;
import org.activerecord4j.internal.relation.ModelRelations;
import org.activerecord4j.internal.sql.SqlStatement;

/** CREATE TABLE and DROP TABLE for a model, in a dialect's types. */
public final class TableDdl {

    private TableDdl() {
    }

    /**
     * Returns {@code CREATE TABLE IF NOT EXISTS} for {@code model}, with a {@code FOREIGN KEY} constraint
     * for each of its BelongsTo relations, followed by {@code CREATE INDEX idx_<table>_<column>} for each
     * of those keys.
     *
     * @param dialect the dialect
     * @param model the model
     * @return the statements, CREATE TABLE first
     */
    public static List<SqlStatement> create(Dialect dialect, ModelInfo<?> model) {
        List<BoundRelation> parents = ModelRelations.of(model.type()).all().stream()
                .filter(relation -> relation.kind() == Kind.BELONGS_TO).toList();
        Set<ColumnInfo> foreignKeys = parents.stream().map(BoundRelation::foreignKey).collect(Collectors.toSet());
        StringBuilder sql = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(dialect.quote(model.table())).append(" (");
        List<ColumnInfo> columns = model.columns();
        for (int i = 0; i < columns.size(); i++) {
            ColumnInfo column = columns.get(i);
            sql.append(i == 0 ? "" : ", ").append(dialect.quote(column.name())).append(' ')
                    .append(definition(dialect, model, column, foreignKeys.contains(column)));
        }
        for (BoundRelation parent : parents) {
            sql.append(", FOREIGN KEY (").append(dialect.quote(parent.foreignKey().name())).append(") REFERENCES ")
                    .append(dialect.quote(parent.target().table())).append(" (")
                    .append(dialect.quote(parent.target().primaryKey().name())).append(')');
        }
        List<SqlStatement> statements = new ArrayList<>();
        statements.add(new SqlStatement(sql.append(')').append(dialect.tableOptions()).toString(), List.of()));
        for (BoundRelation parent : parents) {
            String column = parent.foreignKey().name();
            statements.add(new SqlStatement("CREATE INDEX IF NOT EXISTS " + dialect.quote("idx_" + model.table() + "_" + column)
                    + " ON " + dialect.quote(model.table()) + " (" + dialect.quote(column) + ")", List.of()));
        }
        return statements;
    }

    /**
     * Returns {@code DROP TABLE IF EXISTS} for {@code model}.
     *
     * @param dialect the dialect
     * @param model the model
     * @return the statement
     */
    public static SqlStatement drop(Dialect dialect, ModelInfo<?> model) {
        return new SqlStatement("DROP TABLE IF EXISTS " + dialect.quote(model.table()), List.of());
    }

    private static String definition(Dialect dialect, ModelInfo<?> model, ColumnInfo column, boolean foreignKey) {
        boolean key = column == model.primaryKey();
        if (key && model.keyStrategy() == KeyStrategy.DATABASE) {
            return dialect.generatedKeyDdl();
        }
        String type = column.type() == String.class && (key || foreignKey)
                ? dialect.keyStringDdl()
                : dialect.types().ddl(column.type(), column.precision(), column.scale());
        if (key) {
            return type + " NOT NULL PRIMARY KEY";
        }
        return column.nullable() ? type : type + " NOT NULL";
    }
}

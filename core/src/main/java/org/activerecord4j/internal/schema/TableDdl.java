package org.activerecord4j.internal.schema;

import java.util.List;
import org.activerecord4j.internal.dialect.Dialect;
import org.activerecord4j.internal.meta.ColumnInfo;
import org.activerecord4j.internal.meta.KeyStrategy;
import org.activerecord4j.internal.meta.ModelInfo;
import org.activerecord4j.internal.sql.SqlStatement;

/** CREATE TABLE and DROP TABLE for a model, in a dialect's types. */
public final class TableDdl {

    private TableDdl() {
    }

    /**
     * Returns {@code CREATE TABLE IF NOT EXISTS} for {@code model}.
     *
     * @param dialect the dialect
     * @param model the model
     * @return the statement
     */
    public static SqlStatement create(Dialect dialect, ModelInfo<?> model) {
        StringBuilder sql = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(dialect.quote(model.table())).append(" (");
        List<ColumnInfo> columns = model.columns();
        for (int i = 0; i < columns.size(); i++) {
            ColumnInfo column = columns.get(i);
            sql.append(i == 0 ? "" : ", ").append(dialect.quote(column.name())).append(' ').append(definition(dialect, model, column));
        }
        return new SqlStatement(sql.append(')').append(dialect.tableOptions()).toString(), List.of());
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

    private static String definition(Dialect dialect, ModelInfo<?> model, ColumnInfo column) {
        boolean key = column == model.primaryKey();
        if (key && model.keyStrategy() == KeyStrategy.DATABASE) {
            return dialect.generatedKeyDdl();
        }
        String type = column.type() == String.class && (key || column.name().endsWith("_id"))
                ? dialect.keyStringDdl()
                : dialect.types().ddl(column.type(), column.precision(), column.scale());
        if (key) {
            return type + " NOT NULL PRIMARY KEY";
        }
        return column.nullable() ? type : type + " NOT NULL";
    }
}

package org.activerecord4j.internal.schema;

import java.util.List;
import org.activerecord4j.internal.dialect.Dialect;
import org.activerecord4j.internal.jdbc.Engine;
import org.activerecord4j.internal.meta.ModelInfo;
import org.activerecord4j.internal.sql.SqlStatement;
import org.activerecord4j.schema.DdlWriter;
import org.activerecord4j.schema.TableDefinition;

/** {@code Database.createTables} and {@code dropTables} over the one DDL writer of {@code org.activerecord4j.schema}. */
public final class TableDdl {

    private TableDdl() {
    }

    /**
     * Returns what creates the table of {@code model} when the catalogue says it is missing, else nothing:
     * {@code CREATE TABLE IF NOT EXISTS} (columns with their {@code NOT NULL}, length and unique
     * constraints, a {@code FOREIGN KEY} for each BelongsTo), then {@code CREATE INDEX idx_<table>_<column>}
     * for each of those keys. Checking first, rather than {@code CREATE INDEX IF NOT EXISTS}, works on MySQL 8.
     *
     * @param engine the database
     * @param model the model
     * @return the statements, CREATE TABLE first; empty when the table exists
     */
    public static List<SqlStatement> createIfMissing(Engine engine, ModelInfo<?> model) {
        if (TableCatalog.exists(engine, model.table())) {
            return List.of();
        }
        return DdlWriter.forDialect(engine.dialect().name()).createTableIfNotExists(TableDefinition.of(model.type()))
                .stream().map(TableDdl::statement).toList();
    }

    /**
     * Returns {@code DROP TABLE IF EXISTS} for {@code model}.
     *
     * @param dialect the dialect
     * @param model the model
     * @return the statement
     */
    public static SqlStatement drop(Dialect dialect, ModelInfo<?> model) {
        return statement(DdlWriter.forDialect(dialect.name()).dropTable(model.table()));
    }

    private static SqlStatement statement(String sql) {
        return new SqlStatement(sql, List.of());
    }
}

package org.activerecord4j.internal.sql;

import java.util.List;
import org.activerecord4j.internal.dialect.Dialect;
import org.activerecord4j.internal.dialect.KeyRetrieval;
import org.activerecord4j.internal.model.BoundRelation;
import org.activerecord4j.internal.model.ColumnInfo;
import org.activerecord4j.internal.model.ModelInfo;

/** The INSERT, UPDATE and DELETE statements of records, dependents and join rows; values always bound. */
public final class WriteStatements {

    private WriteStatements() {
    }

    /**
     * {@code INSERT INTO table (columns) VALUES (?, …)} with the record's values, and {@code RETURNING key} when
     * the database generates it and hands it back that way; with no column, a row of defaults
     * ({@link Dialect#defaultValues}).
     *
     * @param dialect the dialect
     * @param model the model
     * @param columns the columns to write
     * @param record the record whose fields give the values
     * @param returningKey whether the statement returns the generated key
     * @return the statement
     */
    public static SqlStatement insert(Dialect dialect, ModelInfo<?> model, List<ColumnInfo> columns, Object record,
            boolean returningKey) {
        SqlBuilder sql = new SqlBuilder(dialect, model).append("INSERT INTO ").identifier(model.table());
        if (columns.isEmpty()) {   // a model with no column but its generated key: "() VALUES ()" is not standard
            sql.append(" ").append(dialect.defaultValues());
        } else {
            sql.append(" (");
            for (int i = 0; i < columns.size(); i++) {
                sql.append(i == 0 ? "" : ", ").identifier(columns.get(i).name());
            }
            sql.append(") VALUES (");
            for (int i = 0; i < columns.size(); i++) {
                sql.append(i == 0 ? "" : ", ").bind(columns.get(i), columns.get(i).get(record));
            }
            sql.append(")");
        }
        if (returningKey && dialect.keyRetrieval() == KeyRetrieval.RETURNING) {
            sql.append(" RETURNING ").identifier(model.primaryKey().name());
        }
        return sql.build();
    }

    /**
     * {@code UPDATE table SET changed = ?, … WHERE key = ?}.
     *
     * @param dialect the dialect
     * @param model the model
     * @param changed the columns to write
     * @param record the record whose fields give the values
     * @param key the key of its row
     * @return the statement
     */
    public static SqlStatement update(Dialect dialect, ModelInfo<?> model, List<ColumnInfo> changed, Object record, Object key) {
        SqlBuilder sql = new SqlBuilder(dialect, model).append("UPDATE ").identifier(model.table()).append(" SET ");
        for (int i = 0; i < changed.size(); i++) {
            ColumnInfo column = changed.get(i);
            sql.append(i == 0 ? "" : ", ").identifier(column.name()).append(" = ").bind(column, column.get(record));
        }
        return whereEquals(sql, model.primaryKey(), key).build();
    }

    /**
     * {@code DELETE FROM table WHERE column = ?}.
     *
     * @param dialect the dialect
     * @param model the model
     * @param column the column, e.g. the key
     * @param value its value
     * @return the statement
     */
    public static SqlStatement deleteWhere(Dialect dialect, ModelInfo<?> model, ColumnInfo column, Object value) {
        SqlBuilder sql = new SqlBuilder(dialect, model).append("DELETE FROM ").identifier(model.table());
        return whereEquals(sql, column, value).build();
    }

    /**
     * {@code UPDATE table SET column = NULL WHERE column = ?}.
     *
     * @param dialect the dialect
     * @param model the model
     * @param column the foreign key
     * @param value the owner's key
     * @return the statement
     */
    public static SqlStatement nullifyWhere(Dialect dialect, ModelInfo<?> model, ColumnInfo column, Object value) {
        return nullifyWhere(dialect, model, column, column, value);
    }

    /**
     * {@code UPDATE table SET column = NULL WHERE where = ?}.
     *
     * @param dialect the dialect
     * @param model the model
     * @param column the column set to NULL, e.g. a foreign key
     * @param where the column compared, e.g. the key
     * @param value its value
     * @return the statement
     */
    public static SqlStatement nullifyWhere(Dialect dialect, ModelInfo<?> model, ColumnInfo column, ColumnInfo where,
            Object value) {
        SqlBuilder sql = new SqlBuilder(dialect, model).append("UPDATE ").identifier(model.table()).append(" SET ")
                .identifier(column.name()).append(" = NULL");
        return whereEquals(sql, where, value).build();
    }

    /**
     * {@code SELECT COUNT(*) FROM table WHERE column = ?}.
     *
     * @param dialect the dialect
     * @param model the model
     * @param column the foreign key
     * @param value the owner's key
     * @return the statement
     */
    public static SqlStatement countWhere(Dialect dialect, ModelInfo<?> model, ColumnInfo column, Object value) {
        SqlBuilder sql = new SqlBuilder(dialect, model).append("SELECT COUNT(*) FROM ").identifier(model.table());
        return whereEquals(sql, column, value).build();
    }

    /**
     * {@code SELECT 1 FROM join WHERE source = ? AND target = ?}: whether a pair is joined.
     *
     * @param dialect the dialect
     * @param relation a HasManyThrough
     * @param sourceKey the owner's key
     * @param targetKey the target's key
     * @return the statement
     */
    public static SqlStatement joinRowExists(Dialect dialect, BoundRelation relation, Object sourceKey, Object targetKey) {
        SqlBuilder sql = new SqlBuilder(dialect, relation.join()).append("SELECT 1 FROM ").identifier(relation.join().table());
        return joinRows(sql, relation, sourceKey, targetKey).build();
    }

    /**
     * {@code DELETE FROM join WHERE source = ? [AND target = ?]}.
     *
     * @param dialect the dialect
     * @param relation a HasManyThrough
     * @param sourceKey the owner's key
     * @param targetKey the target's key, or null for all of the owner's join rows
     * @return the statement
     */
    public static SqlStatement deleteJoinRows(Dialect dialect, BoundRelation relation, Object sourceKey, Object targetKey) {
        SqlBuilder sql = new SqlBuilder(dialect, relation.join()).append("DELETE FROM ").identifier(relation.join().table());
        return joinRows(sql, relation, sourceKey, targetKey).build();
    }

    private static SqlBuilder joinRows(SqlBuilder sql, BoundRelation relation, Object sourceKey, Object targetKey) {
        whereEquals(sql, relation.foreignKey(), sourceKey);
        if (targetKey != null) {
            sql.append(" AND ").identifier(relation.targetForeignKey().name()).append(" = ")
                    .bindKey(relation.targetForeignKey(), targetKey);
        }
        return sql;
    }

    private static SqlBuilder whereEquals(SqlBuilder sql, ColumnInfo column, Object value) {
        return sql.append(" WHERE ").identifier(column.name()).append(" = ").bindKey(column, value);
    }
}

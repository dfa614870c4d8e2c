package org.activerecord4j.internal.sql;

import java.util.List;
import org.activerecord4j.internal.dialect.Dialect;
import org.activerecord4j.internal.dialect.PerDialect;
import org.activerecord4j.internal.model.ColumnInfo;
import org.activerecord4j.internal.model.ModelInfo;
import org.activerecord4j.query.Condition;
import org.activerecord4j.query.Order;

/** Renders SELECT, COUNT and EXISTS statements of a {@link SelectSpec}. */
public final class SelectRenderer {

    /** Each model's quoted column list per dialect: rendered once, not on every select. */
    private static final ClassValue<PerDialect<String>> COLUMN_LISTS = PerDialect.perModel();

    private SelectRenderer() {
    }

    /**
     * {@code SELECT <model columns> FROM <table> WHERE … ORDER BY … LIMIT … OFFSET …}.
     *
     * @param dialect the dialect
     * @param model the model
     * @param spec the query parts
     * @return the statement
     */
    public static SqlStatement select(Dialect dialect, ModelInfo<?> model, SelectSpec spec) {
        SqlBuilder sql = new SqlBuilder(dialect, model).append("SELECT ");
        columnList(sql, model);
        from(sql, model, spec);
        orderBy(sql, spec.sortTerms());
        limitOffset(sql, spec.limit(), spec.offset());
        return sql.build();
    }

    /**
     * {@code SELECT COUNT(*)}, over a sub-select when a limit or offset applies.
     *
     * @param dialect the dialect
     * @param model the model
     * @param spec the query parts
     * @return the statement
     */
    public static SqlStatement count(Dialect dialect, ModelInfo<?> model, SelectSpec spec) {
        SqlBuilder sql = new SqlBuilder(dialect, model);
        if (spec.limit() == null && spec.offset() == null) {
            sql.append("SELECT COUNT(*)");
            from(sql, model, spec);
            return sql.build();
        }
        sql.append("SELECT COUNT(*) FROM (SELECT 1 AS one");
        from(sql, model, spec);
        orderBy(sql, spec.sortTerms());
        limitOffset(sql, spec.limit(), spec.offset());
        return sql.append(") counted").build();
    }

    /**
     * {@code SELECT 1 … LIMIT 1}.
     *
     * @param dialect the dialect
     * @param model the model
     * @param spec the query parts
     * @return the statement
     */
    public static SqlStatement exists(Dialect dialect, ModelInfo<?> model, SelectSpec spec) {
        SqlBuilder sql = new SqlBuilder(dialect, model).append("SELECT 1");
        from(sql, model, spec);
        Integer limit = spec.limit() == null ? Integer.valueOf(1) : Integer.valueOf(Math.min(1, spec.limit()));
        limitOffset(sql, limit, spec.offset());
        return sql.build();
    }

    private static void columnList(SqlBuilder sql, ModelInfo<?> model) {
        sql.append(COLUMN_LISTS.get(model.type()).get(sql.dialect(), dialect -> quotedColumns(dialect, model)));
    }

    private static String quotedColumns(Dialect dialect, ModelInfo<?> model) {
        List<ColumnInfo> columns = model.columns();
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            list.append(i == 0 ? "" : ", ").append(dialect.quote(columns.get(i).name()));
        }
        return list.toString();
    }

    private static void from(SqlBuilder sql, ModelInfo<?> model, SelectSpec spec) {
        sql.append(" FROM ").identifier(model.table());
        where(sql, spec, " WHERE ");
    }

    /**
     * Appends the spec's scope and conditions, ANDed, the first after {@code firstJoiner}.
     *
     * @param sql the statement
     * @param spec the spec
     * @param firstJoiner {@code " WHERE "} or {@code " AND "}
     */
    static void where(SqlBuilder sql, SelectSpec spec, String firstJoiner) {
        String joiner = firstJoiner;
        if (spec.scope() != null) {
            sql.append(joiner);
            spec.scope().render(sql);
            joiner = " AND ";
        }
        for (Condition condition : spec.conditions()) {
            sql.append(joiner);
            ConditionRenderer.render(sql, condition);
            joiner = " AND ";
        }
    }

    static void orderBy(SqlBuilder sql, List<Order> orders) {
        for (int i = 0; i < orders.size(); i++) {
            sql.append(i == 0 ? " ORDER BY " : ", ").orderTerm(orders.get(i));
        }
    }

    private static void limitOffset(SqlBuilder sql, Integer limit, Integer offset) {
        if (limit != null) {
            sql.append(" LIMIT ").bindValue(limit);
        } else if (offset != null) {
            sql.append(" LIMIT ").append(sql.dialect().noLimit());
        }
        if (offset != null) {
            sql.append(" OFFSET ").bindValue(offset);
        }
    }
}

package org.activerecord4j.internal.sql;

import java.util.ArrayList;
import java.util.List;
import org.activerecord4j.internal.model.ColumnInfo;
import org.activerecord4j.query.AllOf;
import org.activerecord4j.query.AnyOf;
import org.activerecord4j.query.Between;
import org.activerecord4j.query.Comparison;
import org.activerecord4j.query.Condition;
import org.activerecord4j.query.InList;
import org.activerecord4j.query.Like;
import org.activerecord4j.query.Not;
import org.activerecord4j.query.NullTest;
import org.activerecord4j.query.Property;
import org.activerecord4j.query.RawFragment;

/** Writes a {@link Condition} tree as SQL into a statement, binding its values and checking its columns. */
public final class ConditionRenderer {

    private ConditionRenderer() {
    }

    /**
     * Appends {@code condition} to {@code sql}.
     *
     * @param sql the statement being built, over the model the condition's columns must belong to
     * @param condition the condition
     */
    public static void render(SqlBuilder sql, Condition condition) {
        if (condition instanceof Comparison comparison) {
            ColumnInfo column = sql.columnOf(comparison.property());
            comparison(sql, column, comparison.operator(),
                    ComparisonBounds.of(sql.dialect(), column, comparison.operator(), comparison.value()));
        } else if (condition instanceof InList in) {
            inList(sql, in);
        } else if (condition instanceof Between between) {
            between(sql, between);
        } else if (condition instanceof Like like) {
            sql.column(like.property()).append(" LIKE ").bindBound(sql.columnOf(like.property()), like.pattern())
                    .append(" ESCAPE '" + Like.ESCAPE + "'");
        } else if (condition instanceof NullTest test) {
            sql.column(test.property()).append(test.negated() ? " IS NOT NULL" : " IS NULL");
        } else if (condition instanceof AllOf all) {
            junction(sql, all.parts(), " AND ", "1=1");
        } else if (condition instanceof AnyOf any) {
            junction(sql, any.parts(), " OR ", "1=0");
        } else if (condition instanceof Not not) {
            sql.append("NOT (");
            render(sql, not.condition());
            sql.append(")");
        } else {
            RawFragment raw = (RawFragment) condition;
            sql.append("(").appendRaw(raw.sql(), RawSql.Kind.FRAGMENT, raw.values().toArray()).append(")");
        }
    }

    /**
     * Returns every column a condition names, to check them against a model without rendering.
     *
     * @param condition the condition
     * @return its properties, in order
     */
    public static List<Property<?, ?>> properties(Condition condition) {
        List<Property<?, ?>> found = new ArrayList<>();
        collect(condition, found);
        return found;
    }

    private static void collect(Condition condition, List<Property<?, ?>> found) {
        if (condition instanceof Comparison comparison) {
            found.add(comparison.property());
        } else if (condition instanceof InList in) {
            found.add(in.property());
        } else if (condition instanceof Between between) {
            found.add(between.property());
        } else if (condition instanceof Like like) {
            found.add(like.property());
        } else if (condition instanceof NullTest test) {
            found.add(test.property());
        } else if (condition instanceof AllOf all) {
            all.parts().forEach(part -> collect(part, found));
        } else if (condition instanceof AnyOf any) {
            any.parts().forEach(part -> collect(part, found));
        } else if (condition instanceof Not not) {
            collect(not.condition(), found);
        }
    }

    /**
     * Appends {@code column <operator> bound}, or for a bound that compares with every value or none (see
     * {@link ComparisonBounds}) a comparison of the column with itself, which keeps SQL's answer for a row without a
     * value (unknown, so that neither the comparison nor its negation matches it).
     */
    private static void comparison(SqlBuilder sql, ColumnInfo column, Comparison.Operator operator, Object bound) {
        sql.identifier(column.name());
        if (bound == ComparisonBounds.NONE || bound == ComparisonBounds.EVERY) {
            sql.append(bound == ComparisonBounds.NONE ? " <> " : " = ").identifier(column.name());
        } else {
            sql.append(" ").append(operator.sql()).append(" ").bindBound(column, bound);
        }
    }

    private static void between(SqlBuilder sql, Between between) {
        ColumnInfo column = sql.columnOf(between.property());
        Object low = ComparisonBounds.of(sql.dialect(), column, Comparison.Operator.GREATER_OR_EQUAL, between.low());
        Object high = ComparisonBounds.of(sql.dialect(), column, Comparison.Operator.LESS_OR_EQUAL, between.high());
        if (low == ComparisonBounds.NONE || high == ComparisonBounds.NONE) {
            comparison(sql, column, Comparison.Operator.EQUAL, ComparisonBounds.NONE);
        } else if (low == ComparisonBounds.EVERY) {
            comparison(sql, column, Comparison.Operator.LESS_OR_EQUAL, high);
        } else if (high == ComparisonBounds.EVERY) {
            comparison(sql, column, Comparison.Operator.GREATER_OR_EQUAL, low);
        } else {
            sql.identifier(column.name()).append(" BETWEEN ").bindBound(column, low).append(" AND ").bindBound(column, high);
        }
    }

    private static void inList(SqlBuilder sql, InList in) {
        if (in.values().isEmpty()) {
            sql.append(in.negated() ? "1=1" : "1=0");
            return;
        }
        ColumnInfo column = sql.columnOf(in.property());
        List<?> values = in.values();
        if (ComparisonBounds.translates(sql.dialect(), column)) {
            for (Object value : in.values()) {
                if (ComparisonBounds.of(sql.dialect(), column, Comparison.Operator.EQUAL, value) != value) {
                    values = heldValues(sql, column, values); // a value the column cannot hold equals none of its values
                    break;
                }
            }
        }
        if (values.isEmpty()) {
            comparison(sql, column, Comparison.Operator.EQUAL, in.negated() ? ComparisonBounds.EVERY : ComparisonBounds.NONE);
            return;
        }
        sql.identifier(column.name()).append(in.negated() ? " NOT IN (" : " IN (");
        for (int i = 0; i < values.size(); i++) {
            sql.append(i == 0 ? "" : ", ").bindBound(column, values.get(i));
        }
        sql.append(")");
    }

    private static List<Object> heldValues(SqlBuilder sql, ColumnInfo column, List<?> values) {
        List<Object> held = new ArrayList<>(values.size());
        for (Object value : values) {
            Object bound = ComparisonBounds.of(sql.dialect(), column, Comparison.Operator.EQUAL, value);
            if (bound != ComparisonBounds.NONE) {
                held.add(bound);
            }
        }
        return held;
    }

    private static void junction(SqlBuilder sql, List<Condition> parts, String operator, String whenEmpty) {
        if (parts.isEmpty()) {
            sql.append(whenEmpty);
            return;
        }
        sql.append("(");
        for (int i = 0; i < parts.size(); i++) {
            sql.append(i == 0 ? "" : operator);
            render(sql, parts.get(i));
        }
        sql.append(")");
    }
}

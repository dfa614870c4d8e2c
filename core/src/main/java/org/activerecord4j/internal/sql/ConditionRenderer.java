package org.activerecord4j.internal.sql;

import java.util.ArrayList;
import java.util.List;
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
            sql.column(comparison.property()).append(" ").append(comparison.operator().sql()).append(" ")
                    .bind(comparison.property(), comparison.value());
        } else if (condition instanceof InList in) {
            inList(sql, in);
        } else if (condition instanceof Between between) {
            sql.column(between.property()).append(" BETWEEN ").bind(between.property(), between.low())
                    .append(" AND ").bind(between.property(), between.high());
        } else if (condition instanceof Like like) {
            sql.column(like.property()).append(" LIKE ").bind(like.property(), like.pattern())
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

    private static void inList(SqlBuilder sql, InList in) {
        if (in.values().isEmpty()) {
            sql.append(in.negated() ? "1=1" : "1=0");
            return;
        }
        sql.column(in.property()).append(in.negated() ? " NOT IN (" : " IN (");
        for (int i = 0; i < in.values().size(); i++) {
            sql.append(i == 0 ? "" : ", ").bind(in.property(), in.values().get(i));
        }
        sql.append(")");
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

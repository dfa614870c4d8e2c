package org.activerecord4j.query;

import java.util.List;
import java.util.Objects;
import org.activerecord4j.internal.sql.Placeholders;
import org.activerecord4j.internal.sql.RawSql;
import org.activerecord4j.internal.sql.SqlBuilder;

/** The condition shapes behind {@link Condition} and {@link Property}. */
final class Conditions {

    private Conditions() {
    }

    /** {@code a AND b AND …} or {@code a OR b OR …}. */
    record Junction(String operator, List<Condition> parts) implements Condition {
        Junction {
            parts.forEach(part -> Objects.requireNonNull(part, "condition"));
        }

        @Override
        public void appendTo(SqlBuilder sql) {
            if (parts.isEmpty()) {
                sql.append(operator.equals("AND") ? "1=1" : "1=0");
                return;
            }
            sql.append("(");
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    sql.append(" ").append(operator).append(" ");
                }
                parts.get(i).appendTo(sql);
            }
            sql.append(")");
        }
    }

    /** A hand-written fragment with {@code ?} placeholders. */
    record Raw(String fragment, Object[] values) implements Condition {
        Raw {
            values = Placeholders.check(Objects.requireNonNull(fragment, "sql"), RawSql.Kind.FRAGMENT, values);
        }

        @Override
        public void appendTo(SqlBuilder sql) {
            sql.append("(").appendRaw(fragment, RawSql.Kind.FRAGMENT, values).append(")");
        }
    }

    /** {@code column <op> ?}. */
    record Comparison(Property<?, ?> property, String operator, Object value) implements Condition {
        @Override
        public void appendTo(SqlBuilder sql) {
            sql.column(property).append(" ").append(operator).append(" ").bind(property, value);
        }
    }

    /** {@code column IS [NOT] NULL}. */
    record NullCheck(Property<?, ?> property, boolean negated) implements Condition {
        @Override
        public void appendTo(SqlBuilder sql) {
            sql.column(property).append(negated ? " IS NOT NULL" : " IS NULL");
        }
    }

    /** {@code column [NOT] IN (?, ?, …)}; an empty list matches nothing (or everything when negated). */
    record In(Property<?, ?> property, List<?> values, boolean negated) implements Condition {
        @Override
        public void appendTo(SqlBuilder sql) {
            if (values.isEmpty()) {
                sql.append(negated ? "1=1" : "1=0");
                return;
            }
            sql.column(property).append(negated ? " NOT IN (" : " IN (");
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    sql.append(", ");
                }
                sql.bind(property, values.get(i));
            }
            sql.append(")");
        }
    }

    /** {@code column BETWEEN ? AND ?}. */
    record Between(Property<?, ?> property, Object low, Object high) implements Condition {
        @Override
        public void appendTo(SqlBuilder sql) {
            sql.column(property).append(" BETWEEN ").bind(property, low).append(" AND ").bind(property, high);
        }
    }

    /** {@code column LIKE ? ESCAPE '!'}, the escape character chosen to mean the same on every database. */
    record Like(Property<?, ?> property, String pattern) implements Condition {
        static final char ESCAPE = '!';

        @Override
        public void appendTo(SqlBuilder sql) {
            sql.column(property).append(" LIKE ").bind(property, pattern).append(" ESCAPE '" + ESCAPE + "'");
        }

        /** Escapes LIKE wildcards so {@code text} matches literally. */
        static String literal(String text) {
            StringBuilder escaped = new StringBuilder(text.length() + 8);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '%' || c == '_' || c == ESCAPE) {
                    escaped.append(ESCAPE);
                }
                escaped.append(c);
            }
            return escaped.toString();
        }
    }
}

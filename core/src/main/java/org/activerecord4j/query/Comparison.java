package org.activerecord4j.query;

import java.util.Objects;

/**
 * {@code column <operator> value}: {@code User.c.age.ge(18)}. Immutable.
 *
 * @param property the column
 * @param operator the comparison
 * @param value the value, never null (a comparison with null is a {@link NullTest})
 */
public record Comparison(Property<?, ?> property, Operator operator, Object value) implements Condition {

    /**
     * Checks the parts.
     *
     * @param property the column
     * @param operator the comparison
     * @param value the value, never null (a comparison with null is a {@link NullTest})
     * @throws NullPointerException when a part is null
     */
    public Comparison {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(value, "value");
    }

    /** The comparison operators, with their SQL. */
    public enum Operator {
        /** {@code =}. */
        EQUAL("="),
        /** {@code <>}. */
        NOT_EQUAL("<>"),
        /** {@code <}. */
        LESS("<"),
        /** {@code <=}. */
        LESS_OR_EQUAL("<="),
        /** {@code >}. */
        GREATER(">"),
        /** {@code >=}. */
        GREATER_OR_EQUAL(">=");

        private final String sql;

        Operator(String sql) {
            this.sql = sql;
        }

        /**
         * Returns the operator as SQL writes it.
         *
         * @return e.g. {@code <=}
         */
        public String sql() {
            return sql;
        }
    }
}

package org.activerecord4j.internal.sql;

import java.util.List;

/**
 * SQL with {@code ?} placeholders and the parameters to bind, in order.
 *
 * @param sql the statement text
 * @param parameters the values
 */
public record SqlStatement(String sql, List<Parameter> parameters) {

    /**
     * Returns the parameter values alone, for messages and listeners.
     *
     * @return the values
     */
    public List<Object> values() {
        return parameters.stream().map(Parameter::value).toList();
    }
}

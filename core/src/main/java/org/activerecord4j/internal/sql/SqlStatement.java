package org.activerecord4j.internal.sql;

import java.util.List;
import java.util.regex.Pattern;

/**
 * SQL with {@code ?} placeholders and the parameters to bind, in order.
 *
 * @param sql the statement text
 * @param parameters the values
 */
public record SqlStatement(String sql, List<Parameter> parameters) {

    private static final Pattern WRITES_ROWS = Pattern.compile("\\s*(?:INSERT|UPDATE|DELETE|REPLACE|MERGE)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CALLS_PROCEDURE = Pattern.compile("\\s*CALL\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Returns whether {@code sql} writes rows: an INSERT, UPDATE, DELETE, REPLACE or MERGE.
     *
     * @param sql a statement's text
     * @return true for such a statement
     */
    public static boolean writesRows(String sql) {
        return WRITES_ROWS.matcher(sql).lookingAt();
    }

    /**
     * Returns whether {@code sql} calls a stored procedure, whose statements its text does not tell.
     *
     * @param sql a statement's text
     * @return true for a CALL
     */
    public static boolean callsProcedure(String sql) {
        return CALLS_PROCEDURE.matcher(sql).lookingAt();
    }

    /**
     * Returns the parameter values alone, for messages and listeners.
     *
     * @return the values
     */
    public List<Object> values() {
        return parameters.stream().map(Parameter::value).toList();
    }
}

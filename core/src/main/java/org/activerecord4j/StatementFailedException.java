package org.activerecord4j;

import java.sql.SQLException;
import java.util.List;

/**
 * Thrown when the database rejects a statement. It wraps the driver's {@link SQLException} and its
 * message carries the SQL and the bound values (unless the database was built with
 * {@code redactParameters(true)}).
 *
 * <pre>{@code
 * catch (StatementFailedException e) { log.warn("{} failed: {}", e.sql(), e.getCause().getSQLState()); }
 * }</pre>
 */
public class StatementFailedException extends ActiveRecordException {
    private static final long serialVersionUID = 1L;

    /** The SQL that failed, with {@code ?} placeholders. */
    private final String sql;
    private final transient List<Object> parameters;

    /**
     * Creates the exception.
     *
     * @param message the full message
     * @param sql the statement that failed
     * @param parameters the values bound to it (redacted values appear as {@code "?"})
     * @param cause the driver's exception
     */
    public StatementFailedException(String message, String sql, List<Object> parameters, SQLException cause) {
        super(message, cause);
        this.sql = sql;
        this.parameters = parameters;
    }

    /**
     * Returns the SQL that failed.
     *
     * @return the statement, with {@code ?} placeholders
     */
    public String sql() {
        return sql;
    }

    /**
     * Returns the values that were bound, in order.
     *
     * @return the parameters; redacted ones are {@code "?"}
     */
    public List<Object> parameters() {
        return parameters;
    }

    /**
     * Returns the driver's exception, for its SQL state and vendor code.
     *
     * @return the cause
     */
    @Override
    public synchronized SQLException getCause() {
        return (SQLException) super.getCause();
    }
}

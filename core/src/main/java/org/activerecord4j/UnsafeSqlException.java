package org.activerecord4j;

/**
 * Hand-written SQL refused before it reached the database because it could do more than it appears to:
 * a fragment that ends the statement and starts another ({@code ;}), escapes its parentheses, leaves a
 * quote or comment open, or swallows the rest of the statement with a line comment; or whose placeholders
 * and values differ in number. Nothing has run when it is thrown.
 *
 * <pre>{@code
 * User.query().where("1=1); DROP TABLE users; --").all();
 * // UnsafeSqlException: Refused raw SQL fragment "1=1); DROP TABLE users; --": ')' at position 3 closes a
 * // parenthesis the text did not open
 * }</pre>
 *
 * <p>Instances are immutable once thrown.
 */
public class UnsafeSqlException extends ActiveRecordException {
    private static final long serialVersionUID = 1L;

    /** The refused text, as given. */
    private final String sql;

    /**
     * Creates the exception.
     *
     * @param message the text, the problem and where it is
     * @param sql the refused text
     */
    public UnsafeSqlException(String message, String sql) {
        super(message);
        this.sql = sql;
    }

    /**
     * Returns the refused text.
     *
     * @return the SQL as given
     */
    public String sql() {
        return sql;
    }
}

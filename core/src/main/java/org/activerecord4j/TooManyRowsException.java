package org.activerecord4j;

/**
 * A query that may return at most one row ({@code one()}, {@code oneOrThrow()}, {@code optional()})
 * matched several. The message names the model and the SQL, and points to {@code first()}.
 *
 * <p>Instances are immutable once thrown.
 */
public class TooManyRowsException extends ActiveRecordException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the model, the query and the fix
     */
    public TooManyRowsException(String message) {
        super(message);
    }
}

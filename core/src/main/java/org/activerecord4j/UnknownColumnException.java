package org.activerecord4j;

/**
 * Thrown when a column named by string does not exist on the model. The message lists the model's
 * columns:
 * {@code Unknown column 'nmae' on User (table users); known columns: id, name, email}.
 */
public class UnknownColumnException extends ActiveRecordException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the full message
     */
    public UnknownColumnException(String message) {
        super(message);
    }
}

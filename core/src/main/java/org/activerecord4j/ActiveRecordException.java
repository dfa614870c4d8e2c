package org.activerecord4j;

/**
 * The root of every exception activerecord4j throws. Unchecked, so application code handles only
 * the failures it can act on.
 *
 * <p>Instances are immutable once thrown.
 */
public class ActiveRecordException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, the bad value and the fix
     */
    public ActiveRecordException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what went wrong, the bad value and the fix
     * @param cause the underlying failure
     */
    public ActiveRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}

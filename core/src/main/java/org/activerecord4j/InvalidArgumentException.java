package org.activerecord4j;

/**
 * An argument given to a public method that it cannot take: a null where a value is needed, a negative
 * limit, an unknown name. The message names the method, the bad value and what would have been valid.
 * Nothing has been sent to the database when it is thrown.
 *
 * <p>Instances are immutable once thrown.
 */
public class InvalidArgumentException extends ActiveRecordException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the method, the bad value and the valid choices
     */
    public InvalidArgumentException(String message) {
        super(message);
    }
}

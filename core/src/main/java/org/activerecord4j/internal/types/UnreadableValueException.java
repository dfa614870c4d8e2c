package org.activerecord4j.internal.types;

import org.activerecord4j.ActiveRecordException;

/**
 * A value read from the database that its field cannot hold (a name its enum does not have, a number beyond its
 * range). The hydrator, which knows the column, replaces it with a message naming the model and the column
 * ({@link #inColumn}). Immutable.
 */
public abstract class UnreadableValueException extends ActiveRecordException {

    private static final long serialVersionUID = 1L;

    UnreadableValueException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Returns the same failure, saying where the value was read.
     *
     * @param where the model's field and its column, e.g. {@code AllTypes.status (column status of all_typeses)}
     * @param primitive whether the field is of a primitive type
     * @return an exception with that message
     */
    public abstract ActiveRecordException inColumn(String where, boolean primitive);
}

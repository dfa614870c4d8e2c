package org.activerecord4j.internal.types;

import java.util.Arrays;
import org.activerecord4j.ActiveRecordException;

/**
 * A name read from the database that its enum has no constant for. The hydrator, which knows the column,
 * replaces it with a message naming the model and the column ({@link #inColumn}). Immutable.
 */
public final class UnknownEnumConstantException extends ActiveRecordException {

    private static final long serialVersionUID = 1L;

    private final Class<?> enumType;
    private final String constant;

    UnknownEnumConstantException(Class<?> enumType, String constant, IllegalArgumentException cause) {
        super(message(enumType, constant, ""), cause);
        this.enumType = enumType;
        this.constant = constant;
    }

    /** @return the enum the name was read for */
    public Class<?> enumType() {
        return enumType;
    }

    /**
     * Returns the same failure, saying where the name was read.
     *
     * @param where the model's field and its column, e.g. {@code AllTypes.status (column status of all_typeses)}
     * @return an exception with that message
     */
    public ActiveRecordException inColumn(String where) {
        return new ActiveRecordException(message(enumType, constant, " in " + where), getCause());
    }

    private static String message(Class<?> enumType, String constant, String where) {
        return "Unknown " + enumType.getSimpleName() + " constant '" + constant + "'" + where
                + " read from the database; known constants: " + Arrays.toString(enumType.getEnumConstants());
    }
}

package org.activerecord4j.internal.types;

import java.util.Arrays;
import org.activerecord4j.ActiveRecordException;

/** A name read from the database that its enum has no constant for. Immutable. */
final class UnknownEnumConstantException extends UnreadableValueException {

    private static final long serialVersionUID = 1L;

    private final Class<?> enumType;
    private final String constant;

    UnknownEnumConstantException(Class<?> enumType, String constant, IllegalArgumentException cause) {
        super(message(enumType, constant, ""), cause);
        this.enumType = enumType;
        this.constant = constant;
    }

    @Override
    public ActiveRecordException inColumn(String where, boolean primitive) {
        return new ActiveRecordException(message(enumType, constant, " in " + where), getCause());
    }

    private static String message(Class<?> enumType, String constant, String where) {
        return "Unknown " + enumType.getSimpleName() + " constant '" + constant + "'" + where
                + " read from the database; known constants: " + Arrays.toString(enumType.getEnumConstants());
    }
}

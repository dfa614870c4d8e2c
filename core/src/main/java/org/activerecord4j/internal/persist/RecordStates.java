package org.activerecord4j.internal.persist;

import java.util.function.Function;
import org.activerecord4j.ActiveRecord;

/**
 * Gives internal code the {@link RecordState} of a record without making it public API. The
 * accessor is installed once by {@link ActiveRecord}'s class initialiser.
 */
public final class RecordStates {

    private static volatile Function<ActiveRecord<?>, RecordState> accessor;

    private RecordStates() {
    }

    /**
     * Installs the accessor; called once by {@link ActiveRecord}.
     *
     * @param stateOf reads a record's state
     */
    public static void install(Function<ActiveRecord<?>, RecordState> stateOf) {
        if (accessor != null) {
            throw new IllegalStateException("record state accessor already installed");
        }
        accessor = stateOf;
    }

    /**
     * Returns the state of {@code record}.
     *
     * @param record the record
     * @return its state
     */
    public static RecordState of(ActiveRecord<?> record) {
        return accessor.apply(record);
    }
}

package org.activerecord4j;

/**
 * Thrown when a record that must exist does not: {@code findOneOrThrow}, {@code oneOrThrow()},
 * {@code reload()} of a deleted row, or an update whose row is gone.
 *
 * <pre>{@code
 * try { User.findOneOrThrow(42); } catch (RecordNotFoundException e) { e.model(); e.key(); }
 * }</pre>
 */
public class RecordNotFoundException extends ActiveRecordException {
    private static final long serialVersionUID = 1L;

    /** The simple name of the model that has no such record. */
    private final String model;
    private final transient Object key;

    /**
     * Creates the exception.
     *
     * @param model the model's simple name
     * @param key the primary key that was looked up, or null when the lookup was not by key
     * @param message the full message
     */
    public RecordNotFoundException(String model, Object key, String message) {
        super(message);
        this.model = model;
        this.key = key;
    }

    /**
     * Returns the simple name of the model that was looked up.
     *
     * @return the model name, e.g. {@code User}
     */
    public String model() {
        return model;
    }

    /**
     * Returns the primary key that was looked up.
     *
     * @return the key, or null when the lookup was not by key
     */
    public Object key() {
        return key;
    }
}

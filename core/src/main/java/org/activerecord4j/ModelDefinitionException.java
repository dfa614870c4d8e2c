package org.activerecord4j;

/**
 * Thrown when a model class cannot be mapped: no primary key, an unsupported field type, no
 * no-argument constructor. The message names the model and the fix.
 */
public class ModelDefinitionException extends ActiveRecordException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the full message
     */
    public ModelDefinitionException(String message) {
        super(message);
    }
}

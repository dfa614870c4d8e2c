package org.activerecord4j;

/**
 * Thrown when a model class cannot be mapped: no primary key, an unsupported field type, no
 * no-argument constructor, or (before any SQL, on the database that cannot take it) a table or column name
 * longer than that database's identifiers: 63 bytes on PostgreSQL, 64 characters on MariaDB/MySQL. The message
 * names the model or the name, and the fix.
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

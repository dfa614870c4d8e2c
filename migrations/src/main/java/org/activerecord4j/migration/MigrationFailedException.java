package org.activerecord4j.migration;

import org.activerecord4j.ActiveRecordException;

/**
 * A migration failed, or the migration history does not match the migration files. The message names
 * the migration and carries the database's error.
 */
public class MigrationFailedException extends ActiveRecordException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, and what is left applied
     * @param cause Flyway's exception, or null when Flyway did not run (the database was closed)
     */
    public MigrationFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.activerecord4j.cli.source;

/**
 * The generator cannot go on: bad input, a conflict with what the sources declare, or a source it cannot
 * read. The message says what was wrong and what to do; no file has been changed when it is thrown.
 */
public final class GeneratorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was wrong, the rule, and the valid choices or the fix
     */
    public GeneratorException(String message) {
        super(message);
    }
}

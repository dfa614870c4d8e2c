package org.activerecord4j.cli.demo;

/** The demo cannot use its {@code --database} path; the message says why in one line. */
public final class UnusableDemoFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message why, naming the file
     */
    public UnusableDemoFileException(String message) {
        super(message);
    }
}

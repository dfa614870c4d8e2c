package org.activerecord4j.cli.prompt;

/** Asks one question at a time and says why an answer was refused. */
public interface Prompter {

    /**
     * Shows {@code prompt} and reads one line.
     *
     * @param prompt the question, ending in {@code ": "}
     * @return the line, without its line terminator
     * @throws org.activerecord4j.cli.source.GeneratorException when the input ends or the user cancels
     */
    String ask(String prompt);

    /**
     * Shows a line, such as why the last answer was refused.
     *
     * @param message the line
     */
    void tell(String message);
}

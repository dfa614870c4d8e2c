package org.activerecord4j.cli.prompt;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.activerecord4j.cli.source.GeneratorException;

/** Questions on a writer, answers as lines of a reader: standard input with {@code --interactive}, and tests. */
public final class StreamPrompter implements Prompter {

    private final BufferedReader in;
    private final PrintWriter out;

    /**
     * Creates a prompter.
     *
     * @param in where answers are read, one per line
     * @param out where questions are written
     */
    public StreamPrompter(BufferedReader in, PrintWriter out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public String ask(String prompt) {
        out.print(prompt);
        out.flush();
        try {
            String line = in.readLine();
            if (line == null) {
                throw new GeneratorException("No answer to '" + prompt.trim() + "': the input ended (no file was changed)");
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void tell(String message) {
        out.println(message);
        out.flush();
    }
}

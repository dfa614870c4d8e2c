package org.activerecord4j.cli.prompt;

import java.io.IOException;
import org.activerecord4j.cli.source.GeneratorException;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** Questions on a terminal through JLine's line reader (editing keys, history); Ctrl-C or Ctrl-D cancels. */
public final class JLinePrompter implements Prompter, AutoCloseable {

    private final Terminal terminal;
    private final LineReader reader;

    /**
     * Prompts on {@code terminal}.
     *
     * @param terminal the terminal, closed with this prompter
     */
    public JLinePrompter(Terminal terminal) {
        this.terminal = terminal;
        this.reader = LineReaderBuilder.builder().terminal(terminal).build();
    }

    /**
     * Prompts on the terminal the process runs in.
     *
     * @return the prompter
     * @throws IOException when the terminal cannot be opened
     */
    public static JLinePrompter onSystemTerminal() throws IOException {
        return new JLinePrompter(TerminalBuilder.builder().system(true).build());
    }

    @Override
    public String ask(String prompt) {
        try {
            return reader.readLine(prompt);
        } catch (UserInterruptException | EndOfFileException e) {
            throw new GeneratorException("Cancelled at '" + prompt.trim() + "' (no file was changed)");
        }
    }

    @Override
    public void tell(String message) {
        terminal.writer().println(message);
        terminal.writer().flush();
    }

    @Override
    public void close() throws IOException {
        terminal.close();
    }
}

package org.activerecord4j.cli.prompt;

import java.util.function.Function;
import org.activerecord4j.cli.source.GeneratorException;

/**
 * Gets each answer from its flag when given, else by asking (again and again until the answer passes its
 * check), else from its default; a question with neither flag, prompter nor default is an error naming
 * the flag.
 */
public final class Interview {

    private final Prompter prompter;

    /**
     * Creates an interview.
     *
     * @param prompter who asks, or null when there is no one to ask (no terminal, no {@code --interactive})
     */
    public Interview(Prompter prompter) {
        this.prompter = prompter;
    }

    /**
     * Gets one answer.
     *
     * @param flag the flag that gives it, e.g. {@code --target}
     * @param given the flag's value, or null
     * @param question the question, e.g. {@code Target model}
     * @param defaultValue the answer an empty line gives, or null when one is needed
     * @param check turns the answer into its value; throws {@link GeneratorException} with the reason and the
     *     valid choices when the answer will not do
     * @param <T> the value
     * @return the value
     * @throws GeneratorException when a given flag fails its check, or when no answer can be had
     */
    public <T> T answer(String flag, String given, String question, String defaultValue, Function<String, T> check) {
        if (given != null) {
            return check.apply(given);
        }
        if (prompter == null) {
            if (defaultValue != null) {
                return check.apply(defaultValue);
            }
            throw new GeneratorException("Missing " + flag + ": there is no terminal to ask on; give " + flag
                    + ", or --interactive to answer on standard input");
        }
        while (true) {
            String line = prompter.ask(question + (defaultValue != null ? " [" + defaultValue + "]" : "") + ": ").trim();
            try {
                return check.apply(line.isEmpty() && defaultValue != null ? defaultValue : line);
            } catch (GeneratorException refused) {
                prompter.tell(refused.getMessage());
            }
        }
    }
}

package org.activerecord4j.cli;

import java.io.UncheckedIOException;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.cli.source.GeneratorException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/**
 * The {@code ar4j} command line.
 *
 * <pre>
 * java -jar cli/target/ar4j.jar demo
 * java -jar cli/target/ar4j.jar generate model Order user:references total:decimal{10,2}
 * java -jar cli/target/ar4j.jar generate relation --source User --type has_one --target Profile
 * java -jar cli/target/ar4j.jar migrate
 * </pre>
 */
@Command(name = "ar4j", mixinStandardHelpOptions = true, version = "ar4j 0.1.0", scope = ScopeType.INHERIT,
        description = "activerecord4j command line.",
        subcommands = {DemoCommand.class, GenerateCommand.class, MigrateCommand.class, SchemaCommand.class,
                CommandLine.HelpCommand.class})
public final class Ar4j {

    Ar4j() {
    }

    /**
     * Runs the command line.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * Returns the command line: errors users can fix print their message only (exit code 1), and the help
     * lists nested commands by their full names.
     *
     * @return the command line
     */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Ar4j());
        commandLine.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, new CommandList());
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            if (exception instanceof GeneratorException || exception instanceof ActiveRecordException
                    || exception instanceof UncheckedIOException) {
                failed.getErr().println(exception.getMessage());
                failed.getErr().flush();
                return 1;
            }
            throw exception;
        });
        return commandLine;
    }
}

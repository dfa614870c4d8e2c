package org.activerecord4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ar4j} command line.
 *
 * <pre>
 * java -jar cli/target/ar4j.jar demo
 * </pre>
 */
@Command(name = "ar4j", mixinStandardHelpOptions = true, version = "ar4j 0.1.0",
        description = "activerecord4j command line.",
        subcommands = {DemoCommand.class, CommandLine.HelpCommand.class})
public final class Ar4j {

    Ar4j() {
    }

    /**
     * Runs the command line.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(new CommandLine(new Ar4j()).execute(args));
    }
}

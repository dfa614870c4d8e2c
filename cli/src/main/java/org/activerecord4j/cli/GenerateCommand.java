package org.activerecord4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ar4j generate}: the container of {@code generate model} and {@code generate relation}. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes models, relations and their migrations: generate model, generate relation.",
        subcommands = {GenerateModelCommand.class, GenerateRelationCommand.class})
final class GenerateCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing what to generate: ar4j generate model … or ar4j generate relation …");
    }
}

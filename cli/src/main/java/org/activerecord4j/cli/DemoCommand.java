package org.activerecord4j.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.activerecord4j.Database;
import org.activerecord4j.cli.demo.BlogDemo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ar4j demo}: the blog example on an embedded SQLite file, printing every statement it runs. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Creates a small blog in an SQLite file, runs typed queries and prints the SQL of each.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--database", paramLabel = "FILE", description = "SQLite file to use (default: ${DEFAULT-VALUE}).",
            defaultValue = "ar4j-demo.db")
    private Path file;

    @Override
    public Integer call() throws Exception {
        Files.deleteIfExists(file);
        PrintWriter out = spec.commandLine().getOut();
        try (Database database = Database.sqlite(file)) {
            new BlogDemo(database, out).run();
        }
        out.flush();
        return 0;
    }
}

package org.activerecord4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.activerecord4j.Database;
import org.activerecord4j.cli.demo.BlogDemo;
import org.activerecord4j.cli.demo.DemoDatabaseFile;
import org.activerecord4j.cli.demo.UnusableDemoFileException;
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

    @Option(names = "--database", paramLabel = "FILE", defaultValue = "ar4j-demo.db",
            description = "SQLite file to create (default: ${DEFAULT-VALUE}). An earlier demo database there is "
                    + "replaced; any other existing file is left alone and the demo stops.")
    private Path file;

    @Override
    public Integer call() throws Exception {
        Database database;
        try {
            database = new DemoDatabaseFile(file).openFresh();
        } catch (UnusableDemoFileException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(e.getMessage());
            err.flush();
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        try (database) {
            new BlogDemo(database, out).run();
        }
        out.flush();
        return 0;
    }
}

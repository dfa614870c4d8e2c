package org.activerecord4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import org.activerecord4j.Database;
import org.activerecord4j.cli.demo.AsyncBlogDemo;
import org.activerecord4j.cli.demo.BlogDemo;
import org.activerecord4j.cli.demo.DemoDatabaseFile;
import org.activerecord4j.cli.demo.UnusableDemoFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ar4j demo}: the blog example on an embedded SQLite file, printing the statements it runs (but for the
 * rows it adds in bulk for its eager-loading report, and its marker table); with
 * {@code --async}, the same through the async API.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Creates a small blog in an SQLite file, runs typed queries and prints the SQL of each.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--database", paramLabel = "FILE", defaultValue = "ar4j-demo.db",
            description = "SQLite file to create (default: ${DEFAULT-VALUE}). An earlier demo database there is "
                    + "replaced; any other existing file is left alone and the demo stops.")
    private Path file;

    @Option(names = "--async", description = "Runs the same demo through the async API: AsyncActiveRecord models whose "
            + "calls return CompletableFutures, composed into one chain the command waits for at the end.")
    private boolean async;

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
            if (async) {
                runAsync(database, out);
            } else {
                new BlogDemo(database, out).run();
            }
        }
        out.flush();
        return 0;
    }

    /** Waits for the async demo's chain, the one place it blocks, and rethrows its failure as the sync demo would. */
    private static void runAsync(Database database, PrintWriter out) throws Exception {
        try {
            new AsyncBlogDemo(database, out).run().join();
        } catch (CompletionException failure) {
            if (failure.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw failure;
        }
    }
}

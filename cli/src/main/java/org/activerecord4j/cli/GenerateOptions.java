package org.activerecord4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import org.activerecord4j.cli.generate.Changes;
import org.activerecord4j.cli.generate.FileChange;
import org.activerecord4j.cli.generate.Generation;
import org.activerecord4j.cli.source.SourceTree;
import org.activerecord4j.schema.DdlWriter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options every {@code generate} command shares, and how it reports what it did. */
final class GenerateOptions {

    @Mixin
    SourceOptions source;

    @Option(names = "--migrations", paramLabel = "DIR", defaultValue = "src/main/resources/db/migration",
            description = "Where migrations are written (default: ${DEFAULT-VALUE}).")
    Path migrations;

    @Option(names = "--migration-version", paramLabel = "VERSION",
            description = "Version of the migration, as Flyway reads it: numbers separated by dots or underscores, e.g. 2, "
                    + "1.1 or 1_1 (default: the current UTC time, yyyyMMddHHmmss).")
    String migrationVersion;

    @Option(names = "--dry-run", description = "Print the changes as a unified diff and write nothing.")
    boolean dryRun;

    /** The models under the source root, the dialect's writer and the migration's place; the dialect is checked first. */
    Generation generation(boolean firstModel) {
        DdlWriter writer = source.writer();
        SourceTree tree = firstModel ? SourceTree.readOrEmpty(source.sourceRoot) : SourceTree.read(source.sourceRoot);
        return new Generation(tree, writer, migrations, migrationVersion, Clock.systemUTC());
    }

    /** Prints the diff (dry run) or writes the files and lists them. */
    int finish(Changes changes, PrintWriter out) {
        if (changes.isEmpty()) {
            out.println("Nothing to change: the sources already declare " + changes.summary() + ".");
        } else if (dryRun) {
            out.print(changes.diff());
            out.println("Dry run: no file was written.");
        } else {
            changes.apply();
            out.println("Generated " + changes.summary() + ":");
            for (FileChange change : changes.files()) {
                out.println("  " + (change.created() ? "created " : "edited  ") + change.path());
            }
        }
        if (!changes.isEmpty()) {
            changes.notes().forEach(note -> out.println("Note: " + note + "."));
        }
        out.flush();
        return 0;
    }
}

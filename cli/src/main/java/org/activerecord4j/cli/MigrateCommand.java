package org.activerecord4j.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.activerecord4j.Database;
import org.activerecord4j.cli.generate.MigrationDialect;
import org.activerecord4j.cli.source.GeneratorException;
import org.activerecord4j.migration.MigrationStatus;
import org.activerecord4j.migration.Migrations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ar4j migrate}: applies the migrations with Flyway ({@code Migrations}), or lists them. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Applies the pending migrations with Flyway, or lists applied and pending ones (--info).")
final class MigrateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--url", paramLabel = "JDBC_URL", defaultValue = "jdbc:sqlite:app.db",
            description = "The database (default: the project's SQLite file, ${DEFAULT-VALUE}).")
    private String url;

    @Option(names = "--user", paramLabel = "USER", description = "The database user.")
    private String user;

    @Option(names = "--password", paramLabel = "PASSWORD", defaultValue = "${env:AR4J_PASSWORD}",
            description = "The password (default: the environment variable AR4J_PASSWORD).")
    private String password;

    @Option(names = "--migrations", paramLabel = "DIR", defaultValue = "src/main/resources/db/migration",
            description = "Where the migrations are (default: ${DEFAULT-VALUE}).")
    private Path migrations;

    @Option(names = "--info", description = "List the migrations and their state instead of applying them.")
    private boolean info;

    @Override
    public Integer call() {
        if (!Files.isDirectory(migrations)) {
            throw new GeneratorException("No migrations directory " + migrations + ": run ar4j generate first, or give --migrations");
        }
        PrintWriter out = spec.commandLine().getOut();
        String shown = Database.withoutPassword(url);
        try (Database database = Database.builder(url).user(user).password(password).maximumPoolSize(2).build()) {
            Migrations project = Migrations.of(database).locations("filesystem:" + migrations.toAbsolutePath());
            if (info) {
                print(out, project.info());
            } else {
                requireDialect(database, shown, project.info());
                List<MigrationStatus> applied = project.migrate();
                if (applied.isEmpty()) {
                    out.println("Nothing to migrate: " + shown + " is up to date.");
                } else {
                    out.println("Applied " + applied.size() + " migration" + (applied.size() == 1 ? "" : "s") + " to " + shown + ":");
                    applied.forEach(migration -> out.println("  " + migration.script()));
                }
            }
        }
        out.flush();
        return 0;
    }

    /**
     * Refuses pending migrations the generator wrote for another dialect before any runs: the server would fail on
     * their syntax only when it reached them, and MariaDB would keep the statements before.
     */
    private void requireDialect(Database database, String shown, List<MigrationStatus> migrations) {
        String dialect = database.dialectName();
        List<String> others = new ArrayList<>();
        Set<String> otherDialects = new TreeSet<>();
        for (MigrationStatus migration : migrations) {
            if (migration.applied() || migration.script() == null) {
                continue;
            }
            Path file = this.migrations.resolve(migration.script());
            String written = Files.isRegularFile(file) ? MigrationDialect.of(file) : null;
            if (written != null && !written.equals(dialect)) {
                others.add(migration.script());
                otherDialects.add(written);
            }
        }
        if (others.isEmpty()) {
            return;
        }
        String files = others.size() == 1 ? others.get(0)
                : String.join(", ", others.subList(0, others.size() - 1)) + " and " + others.get(others.size() - 1);
        String generated = String.join(" and ", otherDialects);
        throw new GeneratorException("Cannot migrate " + shown + ", a " + dialect + " database: " + files
                + (others.size() == 1 ? " was" : " were") + " generated for " + generated + " ("
                + (others.size() == 1 ? "its" : "their") + " first line says so); generate "
                + (others.size() == 1 ? "it" : "them") + " again with --dialect " + dialect + ", or migrate a "
                + String.join(" or ", otherDialects) + " database; no migration ran");
    }

    private static void print(PrintWriter out, List<MigrationStatus> migrations) {
        if (migrations.isEmpty()) {
            out.println("No migrations.");
            return;
        }
        out.printf("%-16s %-10s %-20s %s%n", "Version", "State", "Installed on", "Description");
        for (MigrationStatus migration : migrations) {
            out.printf("%-16s %-10s %-20s %s%n", migration.version(), migration.state(),
                    migration.installedOn() == null ? "" : migration.installedOn().toString().replace('T', ' ').replaceAll("\\..*", ""),
                    migration.description());
        }
    }
}

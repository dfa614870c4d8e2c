package org.activerecord4j.cli;

import static org.activerecord4j.cli.TestProject.PACKAGE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.activerecord4j.cli.TestProject.Run;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regression: ar4j migrate ran migrations generated for one dialect on a database of another, and failed on the
 * server's syntax error (or applied some of them, on MariaDB, which commits each DDL statement). The first line of a
 * generated migration names its dialect ({@code -- ar4j generate model User name:string (postgresql)}); migrate now
 * refuses a pending migration of another dialect before running any, and runs a file without that line as before.
 */
class MigrateDialectTest {

    private static final Map<String, String> OTHER = Map.of("sqlite", "postgresql", "postgresql", "mariadb", "mariadb", "postgresql");

    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql", "mariadb"})
    void migrationsGeneratedForAnotherDialect_areRefusedBeforeAnyRuns(String dialect) throws Exception {
        try (ScratchDatabase scratch = ScratchDatabase.create(dialect, directory)) {
            String other = OTHER.get(dialect);
            TestProject project = new TestProject(directory.resolve("project"));
            Files.createDirectories(project.migrations());
            Files.writeString(project.migrations().resolve("V1__by_hand.sql"), "CREATE TABLE notes (body VARCHAR(20));\n");
            project.generate("model", "--package", PACKAGE, "--dialect", other, "--migration-version", "2", "User", "name:string");
            project.generate("model", "--dialect", other, "--migration-version", "3", "Order", "user:references");

            Run run = TestProject.run("migrate", "--url", scratch.url(), "--user", String.valueOf(scratch.user()), "--password", "",
                    "--migrations", project.migrations().toString());

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).isEqualTo("Cannot migrate " + scratch.url() + ", a " + dialect + " database: "
                    + "V2__create_users.sql and V3__create_orders.sql were generated for " + other + " (their first line says so); "
                    + "generate them again with --dialect " + dialect + ", or migrate a " + other + " database; no migration ran\n");
            try (Connection connection = scratch.connect()) {
                assertThat(Catalogue.indexes(connection, scratch, List.of("notes", "users"))).isEmpty();
            }

            Files.delete(project.migrations().resolve("V3__create_orders.sql"));
            Files.delete(project.migrations().resolve("V2__create_users.sql"));
            project.generate("model", "--package", PACKAGE, "--dialect", dialect.equals("mariadb") ? "mysql" : dialect,
                    "--migration-version", "2", "Tag", "name:string");
            Run same = TestProject.run("migrate", "--url", scratch.url(), "--user", String.valueOf(scratch.user()), "--password", "",
                    "--migrations", project.migrations().toString());
            assertThat(same.exitCode()).as(same.err()).isZero();
            assertThat(same.out()).contains("V1__by_hand.sql").contains("V2__create_tags.sql");
        }
    }
}

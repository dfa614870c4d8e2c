package org.activerecord4j.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.activerecord4j.Database;
import org.activerecord4j.testing.DatabaseTest;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration that fails half-way, on every database: SQLite and PostgreSQL roll all of it back (their DDL
 * is transactional); MariaDB keeps the DDL before the failing statement, and the message says so.
 */
class FailedMigrationTest {

    @TempDir
    Path directory;

    @BeforeEach
    @AfterEach
    void dropTheMigrationsTables(Database database) {
        for (String table : List.of("mig_tags", "mig_users", "mig_posts", "flyway_schema_history")) {
            database.execute("DROP TABLE IF EXISTS " + table);
        }
    }

    @DatabaseTest
    void failingMigration_namesIt_andSaysWhatOfItIsLeft(Database database) throws IOException, SQLException {
        Path migrations = Files.createDirectory(directory.resolve("migration"));
        Files.writeString(migrations.resolve("V1__create_users.sql"), "CREATE TABLE mig_users (id INTEGER PRIMARY KEY);\n");
        Files.writeString(migrations.resolve("V2__broken.sql"),
                "CREATE TABLE mig_tags (id INTEGER PRIMARY KEY);\nINSERT INTO no_such_table VALUES (1);\n");
        Migrations migrationsOfApp = Migrations.of(database).locations("filesystem:" + migrations);
        boolean transactionalDdl = !database.dialectName().equals("mariadb");

        assertThatThrownBy(migrationsOfApp::migrate)
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageStartingWith("Migrating " + database.url() + " failed; " + (transactionalDdl
                        ? "the failed migration was rolled back (" + database.dialectName() + " has transactional DDL)"
                        : "MariaDB and MySQL commit each DDL statement"))
                .hasMessageContaining("V2__broken.sql")
                .hasMessageContaining("no_such_table");

        if (transactionalDdl) {
            assertThat(migrationTables(database)).containsExactly("mig_users");
        } else {
            assertThat(migrationTables(database)).containsExactly("mig_tags", "mig_users");
        }
        assertThat(migrationsOfApp.info()).extracting(MigrationStatus::version, MigrationStatus::applied)
                .containsExactly(Tuple.tuple("1", true), Tuple.tuple("2", false));
    }

    /**
     * Regression test: on MariaDB, where Flyway records a failed migration in the history, the next run failed "validation
     * (the migration history does not match the migration files)", with Flyway's advice to "run repair", which neither
     * Migrations nor ar4j offers; the run after correcting the file failed so too. It says which migration failed earlier
     * and the statement that clears its row, after which the corrected migration and the ones after it run. On SQLite and
     * PostgreSQL nothing of the failed migration was recorded: the corrected one and the ones after it run at once.
     */
    @DatabaseTest
    void runAfterAFailedMigration_saysWhichFailedAndHowToClearIt_andOnceClearedAppliesTheRest(Database database)
            throws IOException, SQLException {
        Path migrations = Files.createDirectory(directory.resolve("migration"));
        Files.writeString(migrations.resolve("V1__create_users.sql"), "CREATE TABLE mig_users (id INTEGER PRIMARY KEY);\n");
        Path broken = migrations.resolve("V2__create_tags.sql");
        Files.writeString(broken, "CREATE TABLE mig_tags (id INTEGER PRIMARY KEY);\nINSERT INTO no_such_table VALUES (1);\n");
        Files.writeString(migrations.resolve("V3__create_posts.sql"), "CREATE TABLE mig_posts (id INTEGER PRIMARY KEY);\n");
        Migrations migrationsOfApp = Migrations.of(database).locations("filesystem:" + migrations);
        assertThatThrownBy(migrationsOfApp::migrate).isInstanceOf(MigrationFailedException.class);
        Files.writeString(broken, "CREATE TABLE mig_tags (id INTEGER PRIMARY KEY);\n");

        if (database.dialectName().equals("mariadb")) {
            String advice = "Migrating " + database.url() + " failed: V2__create_tags.sql failed on an earlier run "
                    + "(flyway_schema_history records it as failed), so no migration ran; undo by hand what of it stayed "
                    + "applied, remove its record with DELETE FROM flyway_schema_history WHERE version = '2' (what Flyway calls "
                    + "repair), correct it and migrate again\n";
            assertThatThrownBy(migrationsOfApp::migrate).isInstanceOf(MigrationFailedException.class).hasMessageStartingWith(advice);
            database.execute("DROP TABLE mig_tags");
            database.execute("DELETE FROM flyway_schema_history WHERE version = '2'");
        }

        assertThat(migrationsOfApp.migrate()).extracting(MigrationStatus::script)
                .containsExactly("V2__create_tags.sql", "V3__create_posts.sql");
        assertThat(migrationTables(database)).containsExactly("mig_posts", "mig_tags", "mig_users");
        assertThat(migrationsOfApp.info()).extracting(MigrationStatus::version, MigrationStatus::state)
                .containsExactly(Tuple.tuple("1", "Success"), Tuple.tuple("2", "Success"), Tuple.tuple("3", "Success"));
    }

    private static List<String> migrationTables(Database database) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
                ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), null, "mig%", new String[] {"TABLE"})) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names.stream().sorted().toList();
    }
}

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
        for (String table : List.of("mig_tags", "mig_users", "flyway_schema_history")) {
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

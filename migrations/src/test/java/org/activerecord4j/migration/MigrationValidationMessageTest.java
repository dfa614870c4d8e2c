package org.activerecord4j.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.activerecord4j.Database;
import org.activerecord4j.testing.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A history that does not match the migration files: no migration ran, and the message must not say one failed. */
class MigrationValidationMessageTest {

    @TempDir
    Path directory;

    @BeforeEach
    @AfterEach
    void dropTheMigrationsTables(Database database) {
        database.execute("DROP TABLE IF EXISTS mig_checked");
        database.execute("DROP TABLE IF EXISTS flyway_schema_history");
    }

    /**
     * Regression test: every Flyway failure got the words of a failed migration: "the failed migration was rolled
     * back (… has transactional DDL), so nothing of it is applied", or on MariaDB "the statements of the failed
     * migration before the failing one stay applied: undo them by hand and delete its row from
     * flyway_schema_history", which for an edited migration file is wrong advice.
     */
    @DatabaseTest
    void editedMigrationFile_failsValidation_withoutTalkingOfAFailedMigration(Database database) throws IOException {
        Path migrations = Files.createDirectory(directory.resolve("migration"));
        Path script = migrations.resolve("V1__create_checked.sql");
        Files.writeString(script, "CREATE TABLE mig_checked (id INTEGER PRIMARY KEY);\n");
        Migrations migrationsOfApp = Migrations.of(database).locations("filesystem:" + migrations);
        migrationsOfApp.migrate();
        Files.writeString(script, "CREATE TABLE mig_checked (id INTEGER PRIMARY KEY, extra INTEGER);\n");

        Throwable failure = catchThrowable(migrationsOfApp::migrate);

        assertThat(failure).isInstanceOf(MigrationFailedException.class).hasMessageContaining("checksum mismatch for migration version 1");
        assertThat(failure.getMessage()).doesNotContain("failed migration");
    }
}

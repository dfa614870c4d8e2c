package org.activerecord4j.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.activerecord4j.Database;
import org.activerecord4j.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failed migration's message never shows a password the URL holds. PostgreSQL only: the test servers' users
 * have no password, and only PostgreSQL's trust authentication lets a URL carry one all the same.
 */
class MigrationPasswordTest {

    @TempDir
    Path directory;

    /** Regression test: the message began with "Migrating " and the URL as given, password and all. */
    @Test
    void failedMigration_onAUrlHoldingAPassword_doesNotShowIt() throws IOException {
        TestDatabases.Kind kind = TestDatabases.Kind.POSTGRESQL;
        TestDatabases.require(kind);
        Path migrations = Files.createDirectory(directory.resolve("migration"));
        Files.writeString(migrations.resolve("V1__broken.sql"), "INSERT INTO no_such_table VALUES (1);\n");

        try (Database database = Database.builder(kind.url() + "?password=hunter2").user(kind.server().user()).build()) {
            Throwable failure = catchThrowable(() -> Migrations.of(database).locations("filesystem:" + migrations).migrate());

            assertThat(failure).isInstanceOf(MigrationFailedException.class).hasMessageContaining("no_such_table");
            assertThat(failure.getMessage()).doesNotContain("hunter2");
            database.execute("DROP TABLE IF EXISTS flyway_schema_history");
        }
    }
}

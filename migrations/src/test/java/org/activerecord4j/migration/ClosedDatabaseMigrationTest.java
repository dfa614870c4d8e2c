package org.activerecord4j.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.activerecord4j.Database;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestPools;
import org.junit.jupiter.api.io.TempDir;

/** Migrations of a Database that was closed, on every database: the message says it was closed, as core's do. */
class ClosedDatabaseMigrationTest {

    @TempDir
    Path directory;

    /**
     * Regression test: the message read "Flyway could not get a connection: HikariDataSource HikariDataSource
     * (activerecord4j-…) has been closed.. No migration failed; the ones Flyway applied before stay applied", as if
     * the server had been out of reach during a run.
     */
    @DatabaseTest
    void migrateAndInfo_onAClosedDatabase_sayItWasClosed(Database shared) throws IOException {
        Path migrations = Files.createDirectory(directory.resolve("migration"));
        Files.writeString(migrations.resolve("V1__create_closed_users.sql"), "CREATE TABLE closed_users (id INTEGER PRIMARY KEY);\n");
        Database database = TestPools.builderLike(shared).build();
        database.close();
        Migrations migrationsOfApp = Migrations.of(database).locations("filesystem:" + migrations);

        assertThat(catchThrowable(migrationsOfApp::migrate)).isInstanceOf(MigrationFailedException.class)
                .hasMessage("Cannot migrate " + database.dialectName() + " " + database.url()
                        + ": the database was closed (Database.close()), so it can no longer run statements; no migration ran");
        assertThat(catchThrowable(migrationsOfApp::info)).isInstanceOf(MigrationFailedException.class)
                .hasMessage("Cannot read the migrations of " + database.dialectName() + " " + database.url()
                        + ": the database was closed (Database.close()), so it can no longer run statements");
    }
}

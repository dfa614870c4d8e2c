package org.activerecord4j.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.activerecord4j.Database;
import org.activerecord4j.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migrations Flyway runs outside a transaction: PostgreSQL only, whose {@code CREATE INDEX CONCURRENTLY} cannot run
 * in one (SQLite and MariaDB have no such statement Flyway runs apart).
 */
class NonTransactionalMigrationTest {

    @TempDir
    Path directory;

    /**
     * Regression test: Flyway held its lock in a transaction on a second connection, which CREATE INDEX CONCURRENTLY
     * waits for, so the migration hung until the statement timeout.
     */
    @Test
    void createIndexConcurrently_isApplied() throws IOException {
        TestDatabases.Kind kind = TestDatabases.Kind.POSTGRESQL;
        TestDatabases.require(kind);
        Path migrations = Files.createDirectory(directory.resolve("migration"));
        Files.writeString(migrations.resolve("V1__create_concurrent_users.sql"), "CREATE TABLE concurrent_users (id INTEGER PRIMARY KEY, name TEXT);\n");
        Files.writeString(migrations.resolve("V2__index_names.sql"),
                "CREATE INDEX CONCURRENTLY idx_concurrent_users_name ON concurrent_users (name);\n");

        try (Database database = TestDatabases.builder(kind).statementTimeout(Duration.ofSeconds(5)).socketTimeout(Duration.ofSeconds(10)).build()) {
            try {
                assertThat(Migrations.of(database).locations("filesystem:" + migrations).migrate()).extracting(MigrationStatus::script)
                        .containsExactly("V1__create_concurrent_users.sql", "V2__index_names.sql");
            } finally {
                database.execute("DROP TABLE IF EXISTS concurrent_users");
                database.execute("DROP TABLE IF EXISTS flyway_schema_history");
            }
        }
    }

    /**
     * Regression test: the message said "the failed migration was rolled back (postgresql has transactional DDL), so
     * nothing of it is applied", though the index its first statement built stays.
     */
    @Test
    void failingMigrationOutsideATransaction_saysItsStatementsBeforeTheFailingOneStayApplied() throws IOException {
        TestDatabases.Kind kind = TestDatabases.Kind.POSTGRESQL;
        TestDatabases.require(kind);
        Path migrations = Files.createDirectory(directory.resolve("migration"));
        Files.writeString(migrations.resolve("V1__create_concurrent_users.sql"), "CREATE TABLE concurrent_users (id INTEGER PRIMARY KEY, name TEXT);\n");
        Files.writeString(migrations.resolve("V2__index_names.sql"),
                "CREATE INDEX CONCURRENTLY idx_concurrent_users_name ON concurrent_users (name);\n"
                        + "CREATE INDEX CONCURRENTLY idx_no_such_table_name ON no_such_table (name);\n");

        try (Database database = TestDatabases.builder(kind).statementTimeout(Duration.ofSeconds(5)).socketTimeout(Duration.ofSeconds(10)).build()) {
            try {
                Throwable failure = catchThrowable(() -> Migrations.of(database).locations("filesystem:" + migrations).migrate());

                assertThat(failure).isInstanceOf(MigrationFailedException.class)
                        .hasMessageStartingWith("Migrating " + database.url() + " failed; the failed migration ran outside a "
                                + "transaction (Flyway runs statements such as CREATE INDEX CONCURRENTLY so), so its statements "
                                + "before the failing one stay applied: undo them by hand and delete its row from flyway_schema_history")
                        .hasMessageContaining("V2__index_names.sql")
                        .hasMessageContaining("no_such_table");
                assertThat(failure.getMessage()).doesNotContain("rolled back");
            } finally {
                database.execute("DROP TABLE IF EXISTS concurrent_users");
                database.execute("DROP TABLE IF EXISTS flyway_schema_history");
            }
        }
    }
}

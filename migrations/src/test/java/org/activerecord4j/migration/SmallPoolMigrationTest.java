package org.activerecord4j.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.activerecord4j.Database;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestPools;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migrations on a database whose pool has one connection, on every database (a SQLite file, PostgreSQL, MariaDB):
 * Flyway must do all its work on that one connection, and a failure says what happened.
 */
class SmallPoolMigrationTest {

    @TempDir
    Path directory;

    @BeforeEach
    @AfterEach
    void dropTheMigrationsTables(Database database) {
        for (String table : List.of("pool_orders", "pool_users", "flyway_schema_history")) {
            database.execute("DROP TABLE IF EXISTS " + table);
        }
    }

    /**
     * Regression test: on PostgreSQL Flyway held an advisory lock in a transaction on its first connection and
     * asked the pool for a second one to migrate on, so migrate waited the whole acquireTimeout and then said
     * "the failed migration was rolled back".
     */
    @DatabaseTest
    void migrate_onAPoolOfOneConnection_appliesThePendingMigrations(Database shared) throws IOException {
        Path migrations = Files.createDirectory(directory.resolve("migration"));
        Files.writeString(migrations.resolve("V1__create_pool_users.sql"), "CREATE TABLE pool_users (id INTEGER PRIMARY KEY);\n");
        Files.writeString(migrations.resolve("V2__create_pool_orders.sql"),
                "CREATE TABLE pool_orders (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES pool_users(id));\n");

        try (Database database = TestPools.builderLike(shared).maximumPoolSize(1).acquireTimeout(Duration.ofSeconds(2)).build()) {
            Migrations migrationsOfApp = Migrations.of(database).locations("filesystem:" + migrations);

            assertThat(migrationsOfApp.migrate()).extracting(MigrationStatus::script)
                    .containsExactly("V1__create_pool_users.sql", "V2__create_pool_orders.sql");
            assertThat(migrationsOfApp.migrate()).isEmpty();
            assertThat(migrationsOfApp.info()).extracting(MigrationStatus::version, MigrationStatus::applied)
                    .containsExactly(Tuple.tuple("1", true), Tuple.tuple("2", true));
            assertThat(database.execute("INSERT INTO pool_users (id) VALUES (1)")).isEqualTo(1);
            assertThat(database.execute("INSERT INTO pool_orders (id, user_id) VALUES (1, 1)")).isEqualTo(1);
        }
    }

    /** Regression test: on PostgreSQL the failure was the pool's timeout, reported as a rolled-back migration. */
    @DatabaseTest
    void failingMigration_onAPoolOfOneConnection_namesIt_andSaysWhatOfItIsLeft(Database shared) throws IOException {
        Path migrations = Files.createDirectory(directory.resolve("migration"));
        Files.writeString(migrations.resolve("V1__create_pool_users.sql"), "CREATE TABLE pool_users (id INTEGER PRIMARY KEY);\n");
        Files.writeString(migrations.resolve("V2__broken.sql"),
                "CREATE TABLE pool_orders (id INTEGER PRIMARY KEY);\nINSERT INTO no_such_table VALUES (1);\n");

        try (Database database = TestPools.builderLike(shared).maximumPoolSize(1).acquireTimeout(Duration.ofSeconds(2)).build()) {
            Migrations migrationsOfApp = Migrations.of(database).locations("filesystem:" + migrations);
            boolean transactionalDdl = !database.dialectName().equals("mariadb");

            Throwable failure = catchThrowable(migrationsOfApp::migrate);

            assertThat(failure).isInstanceOf(MigrationFailedException.class)
                    .hasMessageStartingWith("Migrating " + database.url() + " failed; " + (transactionalDdl
                            ? "the failed migration was rolled back (" + database.dialectName() + " has transactional DDL)"
                            : "MariaDB and MySQL commit each DDL statement"))
                    .hasMessageContaining("V2__broken.sql")
                    .hasMessageContaining("no_such_table");
            assertThat(migrationsOfApp.info()).extracting(MigrationStatus::version, MigrationStatus::applied)
                    .containsExactly(Tuple.tuple("1", true), Tuple.tuple("2", false));
        }
    }

    /**
     * Regression test: a migrate that found no free connection in the pool said "the failed migration was rolled
     * back", though no migration had run.
     */
    @DatabaseTest
    void migrate_whileThePoolsOnlyConnectionIsHeld_saysItWaitedForAConnection_notThatAMigrationFailed(Database shared)
            throws IOException, SQLException {
        Path migrations = Files.createDirectory(directory.resolve("migration"));
        Files.writeString(migrations.resolve("V1__create_pool_users.sql"), "CREATE TABLE pool_users (id INTEGER PRIMARY KEY);\n");

        try (Database database = TestPools.builderLike(shared).maximumPoolSize(1).acquireTimeout(Duration.ofMillis(500)).build()) {
            Migrations migrationsOfApp = Migrations.of(database).locations("filesystem:" + migrations);
            Throwable failure;
            try (Connection held = database.dataSource().getConnection()) {
                failure = catchThrowable(migrationsOfApp::migrate);
            }

            assertThat(failure).isInstanceOf(MigrationFailedException.class)
                    .hasMessageStartingWith("Migrating " + database.url() + " failed: Flyway waited 500 ms for a connection "
                            + "of the pool and none became free; all 1 (maximumPoolSize 1) are held by transactions, streams "
                            + "or other threads that have not given theirs back: end them before migrating, or raise "
                            + "maximumPoolSize or acquireTimeout. No migration failed");
            assertThat(failure.getMessage()).doesNotContain("rolled back");
            assertThat(migrationsOfApp.migrate()).extracting(MigrationStatus::script).containsExactly("V1__create_pool_users.sql");
        }
    }
}

package org.activerecord4j.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.InvalidArgumentException;
import org.activerecord4j.Database;
import org.junit.jupiter.api.Test;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.io.TempDir;

/** Flyway through Migrations on SQLite; {@link FailedMigrationTest} and the cli's end-to-end test run it on PostgreSQL and MariaDB. */
class MigrationsTest {

    @TempDir
    Path directory;

    @Test
    void migrate_appliesPendingMigrationsInVersionOrder_andThenNothing() throws IOException {
        Path migrations = Files.createDirectory(directory.resolve("migration"));
        Files.writeString(migrations.resolve("V20240101000002__create_orders.sql"),
                "CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id BIGINT REFERENCES users(id));\n");
        Files.writeString(migrations.resolve("V20240101000001__create_users.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");

        try (Database database = Database.sqlite(directory.resolve("app.db"))) {
            Migrations migrationsOfApp = Migrations.of(database).locations("filesystem:" + migrations);

            List<MigrationStatus> applied = migrationsOfApp.migrate();

            assertThat(applied).extracting(MigrationStatus::script)
                    .containsExactly("V20240101000001__create_users.sql", "V20240101000002__create_orders.sql");
            assertThat(applied).allSatisfy(status -> {
                assertThat(status.applied()).isTrue();
                assertThat(status.state()).isEqualTo("Success");
                assertThat(status.installedOn()).isNotNull();
            });
            assertThat(applied.get(1).description()).isEqualTo("create orders");
            assertThat(migrationsOfApp.migrate()).isEmpty();
            assertThat(migrationsOfApp.info()).extracting(MigrationStatus::version)
                    .containsExactly("20240101000001", "20240101000002");
        }
    }

    /**
     * Regression test: the list migrate() returns left out repeatable migrations ({@code R__…}) that it had applied, as it
     * matched the history by version and those have none.
     */
    @Test
    void migrate_returnsTheRepeatableMigrationsItApplied_besideTheVersionedOnes() throws IOException {
        Path migrations = Files.createDirectory(directory.resolve("migration"));
        Files.writeString(migrations.resolve("V1__create_users.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);\n");
        Path view = migrations.resolve("R__user_names.sql");
        Files.writeString(view, "DROP VIEW IF EXISTS user_names;\nCREATE VIEW user_names AS SELECT name FROM users;\n");

        try (Database database = Database.sqlite(directory.resolve("app.db"))) {
            Migrations migrationsOfApp = Migrations.of(database).locations("filesystem:" + migrations);

            assertThat(migrationsOfApp.migrate()).extracting(MigrationStatus::script, MigrationStatus::applied)
                    .containsExactly(Tuple.tuple("V1__create_users.sql", true), Tuple.tuple("R__user_names.sql", true));
            assertThat(migrationsOfApp.migrate()).isEmpty();
            Files.writeString(view, "DROP VIEW IF EXISTS user_names;\nCREATE VIEW user_names AS SELECT id, name FROM users;\n");
            assertThat(migrationsOfApp.migrate()).extracting(MigrationStatus::script, MigrationStatus::applied)
                    .containsExactly(Tuple.tuple("R__user_names.sql", true));
        }
    }

    @Test
    void migrate_failingMigration_namesIt_andLeavesNothingOfItOnSqlite() throws IOException, SQLException {
        Path migrations = Files.createDirectory(directory.resolve("migration"));
        Files.writeString(migrations.resolve("V1__create_users.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
        Files.writeString(migrations.resolve("V2__broken.sql"),
                "CREATE TABLE tags (id INTEGER PRIMARY KEY);\nINSERT INTO no_such_table VALUES (1);\n");

        try (Database database = Database.sqlite(directory.resolve("app.db"))) {
            Migrations migrationsOfApp = Migrations.of(database).locations("filesystem:" + migrations);

            assertThatThrownBy(migrationsOfApp::migrate)
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessageStartingWith("Migrating " + database.url() + " failed; the failed migration was rolled back "
                            + "(sqlite has transactional DDL), so nothing of it is applied")
                    .hasMessageContaining("V2__broken.sql")
                    .hasMessageContaining("no_such_table");
            assertThat(tables(database)).contains("users").doesNotContain("tags");
            assertThat(migrationsOfApp.info()).extracting(MigrationStatus::version, MigrationStatus::applied)
                    .containsExactly(Tuple.tuple("1", true), Tuple.tuple("2", false));
        }
    }

    /**
     * Regression test: a location that does not exist (a typo, a directory not copied) migrated nothing and returned an
     * empty list, as for a database that is up to date.
     */
    @Test
    void migrate_fromALocationThatDoesNotExist_isRefused_namingIt() {
        String missing = "filesystem:" + directory.resolve("migrashuns");
        try (Database database = Database.sqlite(directory.resolve("app.db"))) {
            for (String location : List.of(missing, "classpath:db/migrashuns")) {
                Throwable failure = catchThrowable(() -> Migrations.of(database).locations(location).migrate());

                assertThat(failure).as(location).isInstanceOf(MigrationFailedException.class)
                        .hasMessageStartingWith("Cannot migrate sqlite " + database.url() + ": the migrations location "
                                + location + " does not exist (check its spelling, and that the directory is there or on the "
                                + "class path); no migration ran");
            }
            assertThat(catchThrowable(() -> Migrations.migrate(database))).isInstanceOf(MigrationFailedException.class)
                    .hasMessageContaining("the migrations location classpath:db/migration does not exist");
            assertThat(catchThrowable(() -> Migrations.of(database).locations(missing).info()))
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessageStartingWith("Cannot read the migrations of sqlite " + database.url()
                            + ": the migrations location " + missing + " does not exist");
        }
    }

    private static List<String> tables(Database database) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    /** SQLite's in-memory database lives in its one connection, which the pool keeps: Flyway must migrate on it. */
    @Test
    void migrate_onAnInMemorySqliteDatabase_migratesTheDatabaseTheModelsSee() throws IOException {
        Path migrations = Files.createDirectory(directory.resolve("migration"));
        Files.writeString(migrations.resolve("V1__create_pool_users.sql"), "CREATE TABLE pool_users (id INTEGER PRIMARY KEY);\n");

        try (Database database = Database.sqlite(":memory:")) {
            Migrations migrationsOfApp = Migrations.of(database).locations("filesystem:" + migrations);

            assertThat(migrationsOfApp.migrate()).extracting(MigrationStatus::script).containsExactly("V1__create_pool_users.sql");
            assertThat(database.execute("INSERT INTO pool_users (id) VALUES (1)")).isEqualTo(1);
            assertThat(migrationsOfApp.info()).extracting(MigrationStatus::applied).containsExactly(true);
        }
    }

    @Test
    void locations_none_isRefusedWithAnExample() {
        try (Database database = Database.sqlite(directory.resolve("app.db"))) {
            assertThatThrownBy(() -> Migrations.of(database).locations())
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessage("Migrations need at least one non-blank location, e.g. classpath:db/migration or "
                            + "filesystem:db/migration; got []");
        }
    }
}

package org.activerecord4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.activerecord4j.cli.TestProject.Run;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Models with {@code String} keys: the generator's migrations (a new table with a references field, a belongs_to
 * column added to an existing table, a has_many_through's join table) declare each column as {@code ar4j schema}, and
 * so {@code createTables}, declares it, and their String keys compare exactly: on MariaDB the key and foreign-key
 * columns are {@code utf8mb4_nopad_bin} on both sides of each foreign key (MariaDB refuses a foreign key whose
 * collation differs from its key's), so 'abc' and 'ABC' are two shops; other text keeps the default collation.
 */
class StringKeyMigrationTest {

    private static final List<String> TABLES = List.of("shops", "makers", "items", "invoices", "shop_makers");

    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql", "mariadb"})
    void stringKeys_migrationsDeclareWhatCreateTablesDeclares_andKeysInAnotherCaseAreOtherKeys(String dialect) throws Exception {
        try (ScratchDatabase migrated = ScratchDatabase.create(dialect, Files.createDirectories(directory.resolve("migrated")));
                ScratchDatabase created = ScratchDatabase.create(dialect, Files.createDirectories(directory.resolve("created")))) {
            TestProject project = new TestProject(directory.resolve("project"));
            project.write("Shop", """
                    package com.example.shop;

                    import org.activerecord4j.Id;
                    import org.activerecord4j.Table;

                    @Table("shops")
                    public class Shop extends ShopRecord {
                        @Id
                        public String code;
                        public String name;
                    }
                    """);
            project.write("Maker", """
                    package com.example.shop;

                    import org.activerecord4j.Id;
                    import org.activerecord4j.Table;

                    @Table("makers")
                    public class Maker extends MakerRecord {
                        @Id
                        public String code;
                    }
                    """);
            Files.createDirectories(project.migrations());
            Files.writeString(project.migrations().resolve("V1__hand_written_models.sql"), schema(project, dialect));
            generate(project, dialect, "2", "model", "Item", "shop:references", "label:string");
            generate(project, dialect, "3", "model", "Invoice", "total:integer");
            generate(project, dialect, "4", "relation", "--source", "Invoice", "--type", "belongs_to", "--target", "Shop");
            generate(project, dialect, "5", "relation", "--source", "Shop", "--type", "has_many_through", "--target", "Maker");

            Run migrate = TestProject.run("migrate", "--url", migrated.url(), "--user", String.valueOf(migrated.user()),
                    "--password", "", "--migrations", project.migrations().toString());
            assertThat(migrate.exitCode()).as(migrate.out() + migrate.err()).isZero();
            try (Connection connection = created.connect(); Statement statement = connection.createStatement()) {
                for (String sql : schema(project, dialect).split(";\\R")) {
                    if (!sql.isBlank()) {
                        statement.execute(sql.strip().replaceAll(";$", ""));
                    }
                }
            }

            try (Connection fromMigrations = migrated.connect(); Connection fromModels = created.connect()) {
                assertThat(columns(fromMigrations, migrated, dialect)).isEqualTo(columns(fromModels, created, dialect));
                assertThat(Catalogue.foreignKeys(fromMigrations, migrated, TABLES)).containsExactly("invoices.shop_id>shops",
                        "items.shop_id>shops", "shop_makers.maker_id>makers", "shop_makers.shop_id>shops");
                if (dialect.equals("mariadb")) {
                    assertThat(columns(fromMigrations, migrated, dialect)).contains(
                            "shops.code varchar(255) utf8mb4_nopad_bin", "shops.name longtext utf8mb4_general_ci",
                            "makers.code varchar(255) utf8mb4_nopad_bin", "items.shop_id varchar(255) utf8mb4_nopad_bin",
                            "items.label longtext utf8mb4_general_ci", "invoices.shop_id varchar(255) utf8mb4_nopad_bin",
                            "shop_makers.shop_id varchar(255) utf8mb4_nopad_bin", "shop_makers.maker_id varchar(255) utf8mb4_nopad_bin");
                }
                execute(fromMigrations, "INSERT INTO shops (code, name) VALUES (?, ?)", "abc", "lower");
                execute(fromMigrations, "INSERT INTO shops (code, name) VALUES (?, ?)", "ABC", "upper");
                execute(fromMigrations, "INSERT INTO items (shop_id, label) VALUES (?, ?)", "abc", "i1");
                try (PreparedStatement select = fromMigrations.prepareStatement("SELECT name FROM shops WHERE code = ?")) {
                    select.setString(1, "ABC");
                    try (ResultSet rows = select.executeQuery()) {
                        assertThat(rows.next()).isTrue();
                        assertThat(rows.getString(1)).isEqualTo("upper");
                        assertThat(rows.next()).isFalse();
                    }
                }
            }
        }
    }

    private static void generate(TestProject project, String dialect, String version, String what, String... arguments) {
        List<String> all = new ArrayList<>(List.of(arguments));
        all.addAll(List.of("--dialect", dialect, "--migration-version", version));
        Run run = project.generate(what, all.toArray(String[]::new));
        assertThat(run.exitCode()).as(what + " " + List.of(arguments) + ": " + run.err()).isZero();
    }

    /** What {@code ar4j schema} prints for every model: the statements {@code createTables} runs for them. */
    private static String schema(TestProject project, String dialect) {
        Run run = TestProject.run("schema", "--source-root", project.sources().toString(), "--dialect", dialect);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out();
    }

    private static void execute(Connection connection, String sql, String... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    /** Each column of the tables as {@code table.column type}, and on MariaDB its collation; sorted. */
    private static TreeSet<String> columns(Connection connection, ScratchDatabase scratch, String dialect) throws SQLException {
        TreeSet<String> columns = new TreeSet<>();
        if (dialect.equals("mariadb")) {
            try (PreparedStatement statement = connection.prepareStatement("SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE,"
                    + " COLLATION_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()");
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (TABLES.contains(rows.getString(1))) {
                        columns.add(rows.getString(1) + "." + rows.getString(2) + " " + rows.getString(3)
                                + (rows.getString(4) == null ? "" : " " + rows.getString(4)));
                    }
                }
            }
            return columns;
        }
        DatabaseMetaData catalogue = connection.getMetaData();
        for (String table : TABLES) {
            try (ResultSet rows = catalogue.getColumns(scratch.catalog(), scratch.schema(), table, null)) {
                while (rows.next()) {
                    columns.add(table + "." + rows.getString("COLUMN_NAME") + " " + rows.getString("TYPE_NAME"));
                }
            }
        }
        return columns;
    }
}

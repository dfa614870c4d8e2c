package org.activerecord4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.activerecord4j.cli.TestProject.Run;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A belongs_to on a key column the model has already ({@code generate model Order user_id:bigint}, or a field written
 * by hand): from then on {@code ar4j schema} and {@code Database.createTables} declare the column's foreign key and
 * index, so the generation's migration adds both to the existing table, and a database built from the migrations has
 * what one created from the models has. SQLite cannot add a constraint to an existing table: there the migration
 * adds the index only, and the run says so.
 */
class ExistingKeyColumnTest {

    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql", "mariadb"})
    void belongsToOnAnExistingPlainColumn_migratesItsForeignKeyAndIndex(String dialect) throws Exception {
        try (ScratchDatabase scratch = ScratchDatabase.create(dialect, directory)) {
            TestProject project = new TestProject(directory.resolve("project"));
            assertThat(project.generate("model", "--package", TestProject.PACKAGE, "--dialect", dialect,
                    "--migration-version", "1", "User", "name:string").exitCode()).isZero();
            assertThat(project.generate("model", "--dialect", dialect, "--migration-version", "2", "Order",
                    "user_id:bigint", "total:integer").exitCode()).isZero();
            assertThat(TestProject.run("schema", "--source-root", project.sources().toString(), "--dialect", dialect,
                    "Order").out()).doesNotContain("idx_orders_user_id");

            Run run = project.generate("relation", "--dialect", dialect, "--migration-version", "3", "--source", "Order",
                    "--type", "belongs_to", "--target", "User");

            assertThat(run.exitCode()).as(run.err()).isZero();
            String schema = TestProject.run("schema", "--source-root", project.sources().toString(), "--dialect", dialect,
                    "Order").out();
            assertThat(schema).contains("fk_orders_user_id").contains("idx_orders_user_id");
            assertThat(project.migrationFiles()).hasSize(3);
            Run migrate = TestProject.run("migrate", "--url", scratch.url(), "--user", String.valueOf(scratch.user()),
                    "--password", "", "--migrations", project.migrations().toString());
            assertThat(migrate.exitCode()).as(migrate.err()).isZero();
            try (Connection connection = scratch.connect()) {
                assertThat(Catalogue.indexes(connection, scratch, List.of("orders"))).contains("orders.idx_orders_user_id(user_id)");
                List<String> foreignKeys = Catalogue.foreignKeys(connection, scratch, List.of("orders"));
                if (dialect.equals("sqlite")) {
                    assertThat(foreignKeys).isEmpty();
                    assertThat(run.out()).contains("Note: sqlite cannot add a foreign-key constraint to an existing table: "
                            + "the migration indexes orders.user_id but does not constrain it to users.id");
                } else {
                    assertThat(foreignKeys).containsExactly("orders.user_id>users");
                    assertThat(run.out()).doesNotContain("Note:");
                }
            }
            assertThat(project.generate("relation", "--dialect", dialect, "--migration-version", "4", "--source", "Order",
                    "--type", "belongs_to", "--target", "User").out()).startsWith("Nothing to change");
            assertThat(project.migrationFiles()).hasSize(3);
        }
    }
}

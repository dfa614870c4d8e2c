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
 * A {@code references} field of {@code generate model} points at a model whose key is not a {@code Long}: its key
 * field has the referenced key's type, as {@code generate relation} gives it, so that the foreign key's column has
 * the type of the column it references (MariaDB refuses a BIGINT referencing an INTEGER, PostgreSQL a BIGINT
 * referencing a UUID) and the migration runs.
 */
class ReferenceKeyTypeTest {

    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql", "mariadb"})
    void referencesToIntegerAndUuidKeys_declareTheKeysType_andMigrate(String dialect) throws Exception {
        try (ScratchDatabase scratch = ScratchDatabase.create(dialect, directory)) {
            TestProject project = new TestProject(directory.resolve("project"));
            project.write("Shop", """
                    package com.example.shop;

                    import org.activerecord4j.Table;

                    @Table("shops")
                    public class Shop extends ShopRecord {
                        public Integer id;
                        public String name;
                    }
                    """);
            project.write("Account", """
                    package com.example.shop;

                    import java.util.UUID;
                    import org.activerecord4j.Table;

                    @Table("accounts")
                    public class Account extends AccountRecord {
                        public UUID id;
                        public String name;
                    }
                    """);
            firstMigration(project, dialect);

            Run run = project.generate("model", "--dialect", dialect, "--migration-version", "3", "Order",
                    "shop:references", "account:references");

            assertThat(run.exitCode()).as(run.err()).isZero();
            Run migrate = TestProject.run("migrate", "--url", scratch.url(), "--user", String.valueOf(scratch.user()),
                    "--password", "", "--migrations", project.migrations().toString());
            assertThat(migrate.exitCode()).as(migrate.out() + migrate.err()).isZero();
            assertThat(project.read(project.model("Order")))
                    .contains("public Integer shopId;")
                    .contains("public UUID accountId;")
                    .contains("import java.util.UUID;");
            try (Connection connection = scratch.connect()) {
                assertThat(Catalogue.foreignKeys(connection, scratch, List.of("orders")))
                        .containsExactly("orders.account_id>accounts", "orders.shop_id>shops");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql", "mariadb"})
    void belongsToAndJoinModelOfAModelWithAUuidKey_importUuidForTheKeyField_andMigrate(String dialect) throws Exception {
        try (ScratchDatabase scratch = ScratchDatabase.create(dialect, directory)) {
            TestProject project = new TestProject(directory.resolve("project"));
            project.write("Account", """
                    package com.example.shop;

                    import java.util.UUID;
                    import org.activerecord4j.Table;

                    @Table("accounts")
                    public class Account extends AccountRecord {
                        public UUID id;
                        public String name;
                    }
                    """);
            firstMigration(project, dialect);
            assertThat(project.generate("model", "--dialect", dialect, "--migration-version", "2", "Invoice",
                    "total:integer").exitCode()).isZero();

            Run run = project.generate("relation", "--dialect", dialect, "--migration-version", "3", "--source", "Invoice",
                    "--type", "belongs_to", "--target", "Account");

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(project.read(project.model("Invoice"))).contains("public UUID accountId;").contains("import java.util.UUID;");
            assertThat(project.generate("model", "--dialect", dialect, "--migration-version", "4", "Tag", "name:string")
                    .exitCode()).isZero();
            Run through = project.generate("relation", "--dialect", dialect, "--migration-version", "5", "--source", "Account",
                    "--type", "has_many_through", "--target", "Tag");
            assertThat(through.exitCode()).as(through.err()).isZero();
            assertThat(project.read(project.model("AccountTag"))).contains("public UUID accountId;")
                    .contains("import java.util.UUID;");
            Run migrate = TestProject.run("migrate", "--url", scratch.url(), "--user", String.valueOf(scratch.user()),
                    "--password", "", "--migrations", project.migrations().toString());
            assertThat(migrate.exitCode()).as(migrate.out() + migrate.err()).isZero();
            try (Connection connection = scratch.connect()) {
                assertThat(Catalogue.foreignKeys(connection, scratch, List.of("invoices", "account_tags"))).containsExactly(
                        "account_tags.account_id>accounts", "account_tags.tag_id>tags", "invoices.account_id>accounts");
            }
        }
    }

    /** Migration 1: the tables of the hand-written models, as {@code ar4j schema} writes them. */
    private static void firstMigration(TestProject project, String dialect) throws Exception {
        java.nio.file.Files.createDirectories(project.migrations());
        String schema = TestProject.run("schema", "--source-root", project.sources().toString(), "--dialect", dialect).out();
        java.nio.file.Files.writeString(project.migrations().resolve("V1__hand_written_models.sql"), schema);
    }
}

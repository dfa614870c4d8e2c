package org.activerecord4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.activerecord4j.cli.TestProject.Run;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regression: a belongs_to on a key column the model has already, of another type than the referenced key
 * ({@code Integer userId} against User's {@code Long} key, {@code String userId}), was accepted and its migration
 * added a foreign key that MariaDB refuses (errno 150) for an INT column and PostgreSQL too for a VARCHAR one,
 * so {@code ar4j migrate} failed half way; the generation should be refused, naming both types, before any file
 * is written, on every dialect alike.
 */
class ExistingKeyColumnTypeTest {

    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql", "mariadb"})
    void belongsToOnAnExistingColumnOfAnotherType_isRefused_andEveryMigrationStillApplies(String dialect) throws Exception {
        try (ScratchDatabase scratch = ScratchDatabase.create(dialect, directory)) {
            TestProject project = new TestProject(directory.resolve("project"));
            assertThat(project.generate("model", "--package", TestProject.PACKAGE, "--dialect", dialect,
                    "--migration-version", "1", "User", "name:string").exitCode()).isZero();
            assertThat(project.generate("model", "--dialect", dialect, "--migration-version", "2", "Order",
                    "user_id:integer", "account_id:string", "total:integer").exitCode()).isZero();
            Map<String, String> before = project.files();

            Run integer = project.generate("relation", "--dialect", dialect, "--migration-version", "3", "--source", "Order",
                    "--type", "belongs_to", "--target", "User");
            Run string = project.generate("relation", "--dialect", dialect, "--migration-version", "3", "--source", "Order",
                    "--type", "belongs_to", "--target", "User", "--name", "account", "--foreign-key", "account_id",
                    "--inverse", "accountOrders");

            assertThat(integer.exitCode()).as(integer.out()).isEqualTo(1);
            assertThat(integer.err()).isEqualTo("Conflict: Order.userId (column user_id, " + project.model("Order")
                    + ") is Integer but the key it would reference, User.id (users.id), is Long; a foreign key needs the "
                    + "referenced key's type: change the field's type (and its column, in a migration of your own), or "
                    + "choose another --foreign-key; no file was changed\n");
            assertThat(string.exitCode()).as(string.out()).isEqualTo(1);
            assertThat(string.err()).startsWith("Conflict: Order.accountId (column account_id, " + project.model("Order")
                    + ") is String but the key it would reference, User.id (users.id), is Long;");
            assertThat(project.files()).isEqualTo(before);
            Run migrate = TestProject.run("migrate", "--url", scratch.url(), "--user", String.valueOf(scratch.user()),
                    "--password", "", "--migrations", project.migrations().toString());
            assertThat(migrate.exitCode()).as(migrate.err()).isZero();
        }
    }
}

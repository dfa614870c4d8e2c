package org.activerecord4j.cli;

import static org.activerecord4j.cli.TestProject.PACKAGE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.activerecord4j.cli.TestProject.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ar4j --help, the generate commands' help, ar4j schema and ar4j migrate on SQLite. */
class CommandLineTest {

    @TempDir
    Path directory;

    @Test
    void help_listsEveryCommandOnOneLineEach() {
        Run run = TestProject.run("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("""
                Commands:
                  demo               Creates a small blog in an SQLite file, runs typed queries and prints the SQL of each.
                  generate model     Writes a new model and its CREATE TABLE migration.
                  generate relation  Adds a relation to both models, their foreign-key field, and its migration.
                  migrate            Applies the pending migrations with Flyway, or lists applied and pending ones (--info).
                  schema             Prints CREATE TABLE and CREATE INDEX for the models under the source root in a dialect.
                  help               Display help information about the specified command.
                """);
    }

    /** Regression: every command's help offers -V, --version, but only ar4j itself printed a version; the others printed nothing. */
    @Test
    void version_ofEveryCommand_printsTheVersionTheirHelpOffers() {
        for (String[] command : new String[][] {{}, {"demo"}, {"generate"}, {"generate", "model"}, {"generate", "relation"},
                {"migrate"}, {"schema"}}) {
            String[] arguments = Arrays.copyOf(command, command.length + 1);
            arguments[command.length] = "--version";

            Run run = TestProject.run(arguments);

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).as("ar4j %s --version", String.join(" ", command)).isEqualTo("ar4j 0.1.0\n");
        }
    }

    @Test
    void generateHelp_saysWhatAsyncDoes_andWhichModelsGetAccessors() {
        String relation = TestProject.run("generate", "relation", "--help").out().replaceAll("\\s+", " ");
        String model = TestProject.run("generate", "model", "--help").out().replaceAll("\\s+", " ");

        assertThat(relation).contains("--async[=BOOLEAN] Async relation, AsyncBelongsTo and the like, between async models "
                + "(default: the source model's kind; another kind is refused).")
                .contains("Accessor methods (orders(), user() and the setter user(User)) are written only into models that "
                        + "extend ActiveRecord<User> or AsyncActiveRecord<User> directly;")
                .doesNotContain("not available");
        assertThat(model).contains("--async Write an async model: class Order extends OrderAsyncRecord,");
    }

    @Test
    void schema_printsTheTablesParentsFirst_withTheWriterOfTheMigrations() {
        TestProject project = new TestProject(directory);
        project.generate("model", "--package", PACKAGE, "User", "login:string{40}");
        project.generate("model", "Order", "user:references");

        Run run = TestProject.run("schema", "--source-root", project.sources().toString(), "--dialect", "mysql");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("""
                CREATE TABLE `orders` (
                    `id` BIGINT AUTO_INCREMENT PRIMARY KEY,
                    `user_id` BIGINT NOT NULL,
                    CONSTRAINT `fk_orders_user_id` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`)
                ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
                CREATE INDEX `idx_orders_user_id` ON `orders`(`user_id`);

                """.replace("CREATE TABLE `orders`", """
                CREATE TABLE `users` (
                    `id` BIGINT AUTO_INCREMENT PRIMARY KEY,
                    `login` VARCHAR(40)
                ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

                CREATE TABLE `orders`"""));
    }

    @Test
    void migrate_appliesThenReportsNothingToDo_andInfoListsTheMigrations() {
        TestProject project = new TestProject(directory);
        project.generate("model", "--package", PACKAGE, "--migration-version", "1", "User", "name:string");
        project.generate("model", "--migration-version", "2", "Order", "user:references");
        String url = "jdbc:sqlite:" + directory.resolve("app.db");
        String migrations = project.migrations().toString();

        Run first = TestProject.run("migrate", "--url", url, "--migrations", migrations);
        Run second = TestProject.run("migrate", "--url", url, "--migrations", migrations);
        Run info = TestProject.run("migrate", "--info", "--url", url, "--migrations", migrations);

        assertThat(first.out()).isEqualTo("Applied 2 migrations to " + url + ":\n  V1__create_users.sql\n  V2__create_orders.sql\n");
        assertThat(second.out()).isEqualTo("Nothing to migrate: " + url + " is up to date.\n");
        assertThat(info.out()).startsWith("Version          State      Installed on         Description\n")
                .containsPattern("\n1 +Success +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d +create users\n")
                .containsPattern("\n2 +Success .* create orders\n");
    }

    /** Regression: migrate printed the --url as given, its password= included, on standard output. */
    @Test
    void migrate_printsTheUrlWithoutItsPassword() throws Exception {
        try (ScratchDatabase scratch = ScratchDatabase.create("postgresql", directory)) {
            TestProject project = new TestProject(directory);
            project.generate("model", "--package", PACKAGE, "--dialect", "postgresql", "--migration-version", "1", "User",
                    "name:string");
            String secret = scratch.password() == null || scratch.password().isEmpty() ? "hunter2" : scratch.password();
            String url = scratch.url() + "&password=" + secret;
            String migrations = project.migrations().toString();

            Run first = TestProject.run("migrate", "--url", url, "--user", String.valueOf(scratch.user()), "--migrations", migrations);
            Run second = TestProject.run("migrate", "--url", url, "--user", String.valueOf(scratch.user()), "--migrations", migrations);

            assertThat(first.exitCode()).as(first.err()).isZero();
            String shown = scratch.url() + "&password=***";
            assertThat(first.out()).isEqualTo("Applied 1 migration to " + shown + ":\n  V1__create_users.sql\n");
            assertThat(second.out()).isEqualTo("Nothing to migrate: " + shown + " is up to date.\n");
        }
    }

    @Test
    void migrate_failingMigration_namesItAndExitsNonZero() throws Exception {
        Path migrations = Files.createDirectories(directory.resolve("migration"));
        Files.writeString(migrations.resolve("V1__broken.sql"), "CREATE TABLE a (id INTEGER PRIMARY KEY);\nSELEC 1;\n");

        Run run = TestProject.run("migrate", "--url", "jdbc:sqlite:" + directory.resolve("app.db"), "--migrations", migrations.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("Migrating jdbc:sqlite:" + directory.resolve("app.db") + " failed; the failed migration was "
                + "rolled back (sqlite has transactional DDL), so nothing of it is applied").contains("V1__broken.sql");
    }

    @Test
    void migrate_withoutMigrationsDirectory_saysWhatToDo() {
        Run run = TestProject.run("migrate", "--url", "jdbc:sqlite:" + directory.resolve("app.db"), "--migrations",
                directory.resolve("none").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("No migrations directory " + directory.resolve("none")
                + ": run ar4j generate first, or give --migrations\n");
    }
}

package org.activerecord4j.cli;

import static org.activerecord4j.cli.TestProject.PACKAGE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.function.Function;
import org.activerecord4j.Database;
import org.activerecord4j.cli.TestProject.Run;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * In a new project: generate User and its following and followers through Follow (a has_many_through of a model to
 * itself), compile the sources with javac and the processor, migrate a database of its own, use the relations, and
 * read the join table's foreign keys and indexes back from the catalogue.
 */
class SelfThroughEndToEndTest {

    private static ProjectCompiler models;

    @TempDir
    static Path build;

    @TempDir
    Path directory;

    @BeforeAll
    static void compiler() {
        models = new ProjectCompiler(build.resolve("sync"), "/e2e/FollowScenario.java");
    }

    @AfterAll
    static void closeModels() throws IOException {
        models.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql", "mariadb"})
    void generateCompileMigrateAndUse(String dialect) throws Exception {
        try (ScratchDatabase scratch = ScratchDatabase.create(dialect, directory)) {
            TestProject project = new TestProject(directory.resolve("project"));
            generate(project, "model", "--package", PACKAGE, "--dialect", dialect, "--migration-version", "1", "User",
                    "name:string{120}");
            generate(project, "relation", "--source", "User", "--type", "has_many_through", "--target", "User", "--name",
                    "following", "--inverse", "followers", "--through", "Follow", "--foreign-key", "follower_id",
                    "--target-foreign-key", "followed_id", "--dialect", dialect, "--migration-version", "2");
            ClassLoader loader = models.compile(project);
            Run migrate = TestProject.run("migrate", "--url", scratch.url(), "--user", String.valueOf(scratch.user()),
                    "--password", "", "--migrations", project.migrations().toString());
            assertThat(migrate.exitCode()).as(migrate.err()).isZero();

            List<String> report;
            try (Database database = Database.connect(scratch.url(), scratch.user(), scratch.password())) {
                @SuppressWarnings("unchecked")
                Function<Database, List<String>> run = (Function<Database, List<String>>) loader
                        .loadClass(PACKAGE + ".FollowScenario").getConstructor().newInstance();
                report = run.apply(database);
            }

            assertThat(report).containsExactly(
                    "lazy: following [Ann], followers [Ann, Cy]",
                    "eager: [Ann [Bob, Cy] [Bob] [Bob[Ann], Cy[Bob]], Bob [Ann] [Ann, Cy] [Ann[Bob, Cy]], "
                            + "Cy [Bob] [Ann] [Bob[Ann]]] in 4 statements, then 0",
                    "follow twice: refused (StatementFailedException)",
                    "unknown user: refused (StatementFailedException)",
                    "removed: following [Cy], followers [Cy]");
            // SQLite names the index of a table's UNIQUE constraint itself
            String unique = dialect.equals("sqlite") ? "sqlite_autoindex_follows_1" : "uq_follows_follower_id_followed_id";
            try (Connection connection = scratch.connect()) {
                assertThat(Catalogue.foreignKeys(connection, scratch, List.of("follows")))
                        .containsExactly("follows.followed_id>users", "follows.follower_id>users");
                assertThat(Catalogue.indexes(connection, scratch, List.of("follows"))).contains(
                        "follows.idx_follows_follower_id(follower_id)", "follows.idx_follows_followed_id(followed_id)",
                        "follows." + unique + "(follower_id)", "follows." + unique + "(followed_id)");
            }
            ProjectCompiler.assertSourceTablesEqualCompiledTables(project, loader, "Follow", "follower_id", "followed_id");
        }
    }

    private static void generate(TestProject project, String what, String... arguments) {
        Run run = project.generate(what, arguments);
        assertThat(run.exitCode()).as(what + ": " + run.err()).isZero();
    }
}

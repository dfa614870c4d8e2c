package org.activerecord4j.cli;

import static org.activerecord4j.cli.TestProject.PACKAGE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
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
 * In a new project: generate models and each relation kind, compile the sources with javac and the
 * processor, migrate a database of its own with Flyway, then use the models (insert, lazy and eager reads)
 * and read the foreign keys and indexes back from the database's catalogue; once with sync models, once with
 * async ones. The sources do not depend on the dialect, so each kind is compiled once; the migrations are
 * generated per dialect.
 */
class EndToEndTest {

    private static final List<String> TABLES = List.of("orders", "profiles", "reviews", "user_roles");
    private static final List<String> FOREIGN_KEYS = List.of("orders.user_id>users", "profiles.user_id>users",
            "reviews.order_id>orders", "reviews.user_id>users", "user_roles.role_id>roles", "user_roles.user_id>users");
    private static final List<String> INDEXES = List.of("orders.idx_orders_user_id(user_id)",
            "profiles.idx_profiles_user_id(user_id)", "reviews.idx_reviews_order_id(order_id)",
            "reviews.idx_reviews_user_id(user_id)", "user_roles.idx_user_roles_role_id(role_id)",
            "user_roles.idx_user_roles_user_id(user_id)");

    private static ProjectCompiler syncModels;
    private static ProjectCompiler asyncModels;

    @TempDir
    static Path build;

    @TempDir
    Path directory;

    @BeforeAll
    static void compilers() {
        syncModels = new ProjectCompiler(build.resolve("sync"), "/e2e/ShopScenario.java");
        asyncModels = new ProjectCompiler(build.resolve("async"), "/e2e/AsyncShopScenario.java");
    }

    @AfterAll
    static void closeModels() throws IOException {
        syncModels.close();
        asyncModels.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql", "mariadb"})
    void generateCompileMigrateAndUse(String dialect) throws Exception {
        try (ScratchDatabase scratch = ScratchDatabase.create(dialect, directory)) {
            TestProject project = new TestProject(directory.resolve("project"));
            generate(project, dialect, 1, List.of(
                    List.of("model", "--package", PACKAGE, "User", "name:string{120}"),
                    List.of("model", "Order", "user:references", "total:decimal{10,2}", "placed_at:timestamp"),
                    List.of("relation", "--source", "Order", "--type", "belongs_to", "--target", "User", "--foreign-key", "user_id",
                            "--inverse", "orders"),
                    List.of("model", "Profile", "bio:text"),
                    List.of("relation", "--source", "User", "--type", "has_one", "--target", "Profile"),
                    List.of("model", "Review", "body:text"),
                    List.of("relation", "--source", "User", "--type", "has_many", "--target", "Review"),
                    List.of("relation", "--source", "Review", "--type", "belongs_to", "--target", "Order", "--inverse", "reviews"),
                    List.of("model", "Role", "name:string{40}"),
                    List.of("relation", "--source", "User", "--type", "has_many_through", "--target", "Role", "--join-column",
                            "granted_at:timestamp")));
            ClassLoader loader = syncModels.compile(project);

            assertThat(migrateAndRun(scratch, project, loader, "ShopScenario")).containsExactly(
                    "lazy: orders [10.50, 20.00], profile Writes reviews, reviews 1 of order true, roles [admin, buyer], "
                            + "user of order Ann",
                    "eager: [Ann [10.50, 20.00] Writes reviews 1 [admin, buyer], Bob [5.25] - 0 [buyer]] in 5 statements, then 0",
                    "unknown user: refused (StatementFailedException)",
                    "role twice: refused (StatementFailedException)");
            assertCatalogue(scratch);
            ProjectCompiler.assertSourceTablesEqualCompiledTables(project, loader, "UserRole", "user_id", "role_id");
        }
    }

    /**
     * The async twin: the models are generated with {@code --async}, and the relations between them (async by
     * default) are generated after Profile and Role were changed by hand to extend {@code AsyncActiveRecord}
     * directly, so that those two get generated accessors (future getters, the belongs_to setter) and the others
     * get theirs from the processor.
     */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql", "mariadb"})
    void asyncModels_generateCompileMigrateAndUse(String dialect) throws Exception {
        try (ScratchDatabase scratch = ScratchDatabase.create(dialect, directory)) {
            TestProject project = new TestProject(directory.resolve("project"));
            int version = generate(project, dialect, 1, List.of(
                    List.of("model", "--package", PACKAGE, "--async", "User", "name:string{120}"),
                    List.of("model", "--async", "Order", "user:references", "total:decimal{10,2}", "placed_at:timestamp"),
                    List.of("model", "--async", "Profile", "bio:text"),
                    List.of("model", "--async", "Review", "body:text"),
                    List.of("model", "--async", "Role", "name:string{40}")));
            extendAsyncActiveRecordDirectly(project, "Profile");
            extendAsyncActiveRecordDirectly(project, "Role");
            generate(project, dialect, version, List.of(
                    List.of("relation", "--source", "Order", "--type", "belongs_to", "--target", "User", "--foreign-key", "user_id",
                            "--inverse", "orders"),
                    List.of("relation", "--source", "User", "--type", "has_one", "--target", "Profile", "--async"),
                    List.of("relation", "--source", "User", "--type", "has_many", "--target", "Review", "--async=true"),
                    List.of("relation", "--source", "Review", "--type", "belongs_to", "--target", "Order", "--inverse", "reviews"),
                    List.of("relation", "--source", "User", "--type", "has_many_through", "--target", "Role", "--join-column",
                            "granted_at:timestamp")));
            assertThat(project.read(project.model("Profile"))).contains("public CompletableFuture<User> user() {")
                    .contains("public void user(User value) {");
            assertThat(project.read(project.model("Role"))).contains("public CompletableFuture<List<User>> users() {");
            assertThat(project.read(project.model("UserRole"))).contains("public class UserRole extends UserRoleAsyncRecord {");
            ClassLoader loader = asyncModels.compile(project);

            assertThat(migrateAndRun(scratch, project, loader, "AsyncShopScenario")).containsExactly(
                    "lazy: orders [10.50, 20.00], profile Writes reviews, reviews 1 of order true, roles [admin, buyer], "
                            + "user of order Ann, user of profile Ann, users of buyer [Ann, Bob]",
                    "eager: [Ann [10.50, 20.00] Writes reviews 1 [admin, buyer], Bob [5.25] - 0 [buyer]] in 5 statements, then 0",
                    "unknown user: refused (StatementFailedException)",
                    "role twice: refused (StatementFailedException)",
                    "rolled back: refused (IllegalStateException), join rows 3 then 3");
            assertCatalogue(scratch);
            ProjectCompiler.assertSourceTablesEqualCompiledTables(project, loader, "UserRole", "user_id", "role_id");
        }
    }

    /** Runs the commands with migration versions from {@code version} on; each must succeed. Returns the next version. */
    private static int generate(TestProject project, String dialect, int version, List<List<String>> commands) {
        for (List<String> command : commands) {
            List<String> arguments = new ArrayList<>(command.subList(1, command.size()));
            arguments.addAll(List.of("--dialect", dialect, "--migration-version", Integer.toString(version++)));
            Run run = project.generate(command.get(0), arguments.toArray(String[]::new));
            assertThat(run.exitCode()).as(command + ": " + run.err()).isZero();
        }
        return version;
    }

    /** What a user may write instead of the generated base: {@code class Role extends AsyncActiveRecord<Role>}. */
    private static void extendAsyncActiveRecordDirectly(TestProject project, String model) {
        String generated = project.read(project.model(model));
        String direct = generated
                .replaceFirst("import org\\.activerecord4j\\.", "import org.activerecord4j.AsyncActiveRecord;\n$0")
                .replace(" extends " + model + "AsyncRecord {", " extends AsyncActiveRecord<" + model + "> {");
        assertThat(direct).isNotEqualTo(generated);
        project.write(model, direct);
    }

    /** Applies the nine migrations with ar4j migrate, then runs the scenario on the database. */
    private static List<String> migrateAndRun(ScratchDatabase scratch, TestProject project, ClassLoader loader, String scenario)
            throws ReflectiveOperationException {
        assertThat(project.migrationFiles()).hasSize(9);
        Run migrate = TestProject.run("migrate", "--url", scratch.url(), "--user", String.valueOf(scratch.user()),
                "--password", "", "--migrations", project.migrations().toString());
        assertThat(migrate.exitCode()).as(migrate.err()).isZero();
        assertThat(migrate.out()).startsWith("Applied 9 migrations to " + scratch.url());
        try (Database database = Database.connect(scratch.url(), scratch.user(), scratch.password())) {
            @SuppressWarnings("unchecked")
            Function<Database, List<String>> run = (Function<Database, List<String>>) loader
                    .loadClass(PACKAGE + "." + scenario).getConstructor().newInstance();
            return run.apply(database);
        }
    }

    private static void assertCatalogue(ScratchDatabase scratch) throws Exception {
        try (Connection connection = scratch.connect()) {
            assertThat(Catalogue.foreignKeys(connection, scratch, TABLES)).containsExactlyElementsOf(FOREIGN_KEYS);
            assertThat(Catalogue.indexes(connection, scratch, TABLES)).containsAll(INDEXES);
        }
    }
}

package org.activerecord4j.cli;

import static org.activerecord4j.cli.TestProject.PACKAGE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.activerecord4j.Database;
import org.activerecord4j.cli.TestProject.Run;
import org.activerecord4j.cli.source.SourceModel;
import org.activerecord4j.cli.source.SourceTables;
import org.activerecord4j.cli.source.SourceTree;
import org.activerecord4j.schema.TableDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * In a new project: generate models and each relation kind, compile the sources with javac and the
 * processor, migrate a database of its own with Flyway, then use the models (insert, lazy and eager reads)
 * and read the foreign keys and indexes back from the database's catalogue. The sources do not depend on
 * the dialect, so they are compiled once; the migrations are generated per dialect.
 */
class EndToEndTest {

    private static final List<String> FOREIGN_KEYS = List.of("orders.user_id>users", "profiles.user_id>users",
            "reviews.order_id>orders", "reviews.user_id>users", "user_roles.role_id>roles", "user_roles.user_id>users");

    private static Map<String, String> compiledSources;
    private static URLClassLoader models;

    @TempDir
    static Path build;

    @TempDir
    Path directory;

    @AfterAll
    static void closeModels() throws IOException {
        if (models != null) {
            models.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql", "mariadb"})
    void generateCompileMigrateAndUse(String dialect) throws Exception {
        try (ScratchDatabase scratch = ScratchDatabase.create(dialect, directory)) {
            TestProject project = new TestProject(directory.resolve("project"));
            generate(project, dialect);
            ClassLoader loader = compile(project);

            Run migrate = TestProject.run("migrate", "--url", scratch.url(), "--user", String.valueOf(scratch.user()),
                    "--password", "", "--migrations", project.migrations().toString());
            assertThat(migrate.exitCode()).as(migrate.err()).isZero();
            assertThat(migrate.out()).startsWith("Applied 9 migrations to " + scratch.url());

            List<String> report;
            try (Database database = Database.connect(scratch.url(), scratch.user(), scratch.password())) {
                @SuppressWarnings("unchecked")
                Function<Database, List<String>> scenario = (Function<Database, List<String>>) loader
                        .loadClass(PACKAGE + ".ShopScenario").getConstructor().newInstance();
                report = scenario.apply(database);
            }
            assertThat(report).containsExactly(
                    "lazy: orders [10.50, 20.00], profile Writes reviews, reviews 1 of order true, roles [admin, buyer], "
                            + "user of order Ann",
                    "eager: [Ann [10.50, 20.00] Writes reviews 1 [admin, buyer], Bob [5.25] - 0 [buyer]] in 5 statements, then 0",
                    "unknown user: refused (StatementFailedException)",
                    "role twice: refused (StatementFailedException)");
            try (Connection connection = scratch.connect()) {
                assertThat(foreignKeys(connection, scratch)).containsExactlyElementsOf(FOREIGN_KEYS);
                assertThat(indexes(connection, scratch)).containsAll(List.of("orders.idx_orders_user_id(user_id)",
                        "profiles.idx_profiles_user_id(user_id)", "reviews.idx_reviews_order_id(order_id)",
                        "reviews.idx_reviews_user_id(user_id)", "user_roles.idx_user_roles_role_id(role_id)",
                        "user_roles.idx_user_roles_user_id(user_id)"));
            }
            assertSourceTablesEqualCompiledTables(project, loader);
        }
    }

    /** Seeds, then one of each relation kind; every command must succeed. */
    private static void generate(TestProject project, String dialect) {
        List<List<String>> commands = List.of(
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
                        "granted_at:timestamp"));
        int version = 1;
        for (List<String> command : commands) {
            List<String> arguments = new ArrayList<>(command.subList(1, command.size()));
            arguments.addAll(List.of("--dialect", dialect, "--migration-version", Integer.toString(version++)));
            Run run = project.generate(command.get(0), arguments.toArray(String[]::new));
            assertThat(run.exitCode()).as(command + ": " + run.err()).isZero();
        }
        assertThat(project.migrationFiles()).hasSize(9);
    }

    /** Compiles the project's sources and the scenario once, with the processor; later dialects must have the same sources. */
    private static synchronized ClassLoader compile(TestProject project) throws IOException {
        Map<String, String> sources = sources(project);
        if (models != null) {
            assertThat(sources).as("sources do not depend on the dialect").isEqualTo(compiledSources);
            return models;
        }
        try (InputStream scenario = EndToEndTest.class.getResourceAsStream("/e2e/ShopScenario.java")) {
            Files.write(project.model("ShopScenario"), scenario.readAllBytes());
        }
        Path classes = Files.createDirectories(build.resolve("classes"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8);
                Stream<Path> paths = Files.walk(project.sources())) {
            List<Path> java = paths.filter(path -> path.toString().endsWith(".java")).toList();
            String classPath = System.getProperty("java.class.path");
            boolean compiled = compiler.getTask(null, files, diagnostics, List.of("-d", classes.toString(), "-classpath", classPath,
                    "-processorpath", classPath, "-Xlint:all,-processing", "-Werror"), null,
                    files.getJavaFileObjectsFromPaths(java)).call();
            assertThat(compiled).as("javac: %s", diagnostics.getDiagnostics()).isTrue();
        }
        Files.delete(project.model("ShopScenario"));
        models = new URLClassLoader(new URL[] {classes.toUri().toURL()}, EndToEndTest.class.getClassLoader());
        compiledSources = sources;
        return models;
    }

    /** The tables described from the sources are the tables described from the compiled classes (plus the join table's unique pair). */
    private static void assertSourceTablesEqualCompiledTables(TestProject project, ClassLoader loader) throws ClassNotFoundException {
        SourceTree tree = SourceTree.read(project.sources());
        SourceTables tables = new SourceTables(tree.models(), tree::isEnum);
        for (SourceModel model : tree.models()) {
            TableDefinition compiled = TableDefinition.of(loader.loadClass(PACKAGE + "." + model.name()));
            if (model.name().equals("UserRole")) {
                compiled = compiled.toBuilder().uniqueKey("user_id", "role_id").build();
            }
            assertThat(tables.table(model)).as(model.name()).isEqualTo(compiled);
        }
    }

    private static Map<String, String> sources(TestProject project) {
        Map<String, String> sources = new TreeMap<>(project.files());
        sources.keySet().removeIf(path -> !path.endsWith(".java"));
        return sources;
    }

    private static List<String> foreignKeys(Connection connection, ScratchDatabase scratch) throws SQLException {
        TreeSet<String> keys = new TreeSet<>();
        DatabaseMetaData catalogue = connection.getMetaData();
        for (String table : List.of("orders", "profiles", "reviews", "user_roles")) {
            try (ResultSet rows = catalogue.getImportedKeys(scratch.catalog(), scratch.schema(), table)) {
                while (rows.next()) {
                    keys.add(table + "." + rows.getString("FKCOLUMN_NAME") + ">" + rows.getString("PKTABLE_NAME"));
                }
            }
        }
        return new ArrayList<>(keys);
    }

    private static List<String> indexes(Connection connection, ScratchDatabase scratch) throws SQLException {
        TreeSet<String> indexes = new TreeSet<>();
        DatabaseMetaData catalogue = connection.getMetaData();
        for (String table : List.of("orders", "profiles", "reviews", "user_roles")) {
            try (ResultSet rows = catalogue.getIndexInfo(scratch.catalog(), scratch.schema(), table, false, false)) {
                while (rows.next()) {
                    indexes.add(table + "." + rows.getString("INDEX_NAME") + "(" + rows.getString("COLUMN_NAME") + ")");
                }
            }
        }
        return new ArrayList<>(indexes);
    }
}

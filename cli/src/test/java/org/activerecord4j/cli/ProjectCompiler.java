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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.activerecord4j.cli.source.SourceModel;
import org.activerecord4j.cli.source.SourceTables;
import org.activerecord4j.cli.source.SourceTree;
import org.activerecord4j.schema.TableDefinition;

/**
 * Compiles a generated project's sources, with a scenario from the test resources, by javac and the processor
 * ({@code -Xlint:all -Werror}), once: the sources do not depend on the dialect, so a later project must have
 * the same sources and gets the same classes.
 */
final class ProjectCompiler implements AutoCloseable {

    private final Path classes;
    private final String scenario;
    private Map<String, String> compiledSources;
    private URLClassLoader loader;

    /**
     * @param classes where the classes go
     * @param scenario the scenario's resource, e.g. {@code /e2e/ShopScenario.java}, in package {@link TestProject#PACKAGE};
     *        null when the project's own sources are all there is to compile
     */
    ProjectCompiler(Path classes, String scenario) {
        this.classes = classes;
        this.scenario = scenario;
    }

    /** The classes of {@code project}'s sources and the scenario; compiled on the first call. */
    synchronized ClassLoader compile(TestProject project) throws IOException {
        Map<String, String> sources = sources(project);
        if (loader != null) {
            assertThat(sources).as("sources do not depend on the dialect").isEqualTo(compiledSources);
            return loader;
        }
        Path scenarioFile = scenario == null ? null
                : project.model(scenario.substring(scenario.lastIndexOf('/') + 1).replace(".java", ""));
        if (scenarioFile != null) {
            try (InputStream text = ProjectCompiler.class.getResourceAsStream(scenario)) {
                Files.write(scenarioFile, text.readAllBytes());
            }
        }
        Files.createDirectories(classes);
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
        if (scenarioFile != null) {
            Files.delete(scenarioFile);
        }
        loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, ProjectCompiler.class.getClassLoader());
        compiledSources = sources;
        return loader;
    }

    /**
     * The tables described from the sources are the tables described from the compiled classes, the unique pair of the
     * join table {@code joinModel} included on both sides.
     */
    static void assertSourceTablesEqualCompiledTables(TestProject project, ClassLoader loader, String joinModel, String... pair)
            throws ClassNotFoundException {
        SourceTree tree = SourceTree.read(project.sources());
        SourceTables tables = new SourceTables(tree.models(), tree::isEnum);
        for (SourceModel model : tree.models()) {
            TableDefinition compiled = TableDefinition.of(loader.loadClass(PACKAGE + "." + model.name()));
            if (model.name().equals(joinModel)) {
                assertThat(compiled.uniqueKeys()).as(model.name()).contains(java.util.List.of(pair));
            }
            assertThat(tables.table(model)).as(model.name()).isEqualTo(compiled);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (loader != null) {
            loader.close();
        }
    }

    private static Map<String, String> sources(TestProject project) {
        Map<String, String> sources = new TreeMap<>(project.files());
        sources.keySet().removeIf(path -> !path.endsWith(".java"));
        return sources;
    }
}

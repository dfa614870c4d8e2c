package org.activerecord4j.processor;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Runs the system javac with {@link ModelProcessor} over source snippets plus {@link CoreStubs},
 * in a directory of the caller's (a JUnit temporary directory).
 */
final class TestCompiler {

    private TestCompiler() {
    }

    /**
     * Compiles {@code sources} with the stubs of core, with the project's lint flags
     * ({@code -Xlint:all -Xlint:-processing}).
     *
     * @param directory an empty directory for sources, generated sources and classes
     * @param sources source text by path, e.g. {@code "pkg/User.java"}
     * @return what javac did
     */
    static Compilation compile(Path directory, Map<String, String> sources) {
        return compile(directory, sources, List.of());
    }

    /**
     * Compiles {@code sources} like {@link #compile(Path, Map)}, with more processors from the test
     * classes running after {@link ModelProcessor}.
     *
     * @param directory an empty directory for sources, generated sources and classes
     * @param sources source text by path, e.g. {@code "pkg/User.java"}
     * @param otherProcessors processor classes to run as well
     * @return what javac did
     */
    static Compilation compile(Path directory, Map<String, String> sources, List<Class<?>> otherProcessors) {
        return compile(directory, sources, otherProcessors, List.of());
    }

    /**
     * Compiles {@code sources} like {@link #compile(Path, Map)}, with more javac options, such as
     * {@code -Xdoclint:all}.
     *
     * @param directory an empty directory for sources, generated sources and classes
     * @param sources source text by path, e.g. {@code "pkg/User.java"}
     * @param extraOptions options added after the usual ones
     * @return what javac did
     */
    static Compilation compileWithOptions(Path directory, Map<String, String> sources, List<String> extraOptions) {
        return compile(directory, sources, List.of(), extraOptions);
    }

    /**
     * Compiles only {@code sources}, without the stubs of core, in a directory that an earlier
     * compilation used, as an IDE or an incremental build recompiles the files a user edited: the
     * earlier class files (the stubs, the other models and what the processor generated for them) are
     * on the class path, and the new class files and generated sources overwrite them.
     *
     * @param directory the directory of an earlier {@link #compile(Path, Map)}
     * @param sources the edited source text by path, written over the earlier sources
     * @return what javac did
     */
    static Compilation recompile(Path directory, Map<String, String> sources) {
        return recompile(directory, sources, List.of());
    }

    /**
     * Recompiles like {@link #recompile(Path, Map)}, with more javac options.
     *
     * @param directory the directory of an earlier {@link #compile(Path, Map)}
     * @param sources the edited source text by path, written over the earlier sources
     * @param extraOptions options added after the usual ones, such as a {@code -sourcepath} over the
     *     earlier generated sources
     * @return what javac did
     */
    static Compilation recompile(Path directory, Map<String, String> sources, List<String> extraOptions) {
        return compile(directory, sources, List.of(), extraOptions, Map.of());
    }

    private static Compilation compile(Path directory, Map<String, String> sources, List<Class<?>> otherProcessors,
            List<String> extraOptions) {
        return compile(directory, sources, otherProcessors, extraOptions, CoreStubs.SOURCES);
    }

    private static Compilation compile(Path directory, Map<String, String> sources, List<Class<?>> otherProcessors,
            List<String> extraOptions, Map<String, String> stubs) {
        List<String> processors = new ArrayList<>(List.of(ModelProcessor.class.getName()));
        otherProcessors.forEach(processor -> processors.add(processor.getName()));
        Map<String, String> allSources = new LinkedHashMap<>(stubs);
        allSources.putAll(sources);
        try {
            Path sourceDirectory = Files.createDirectories(directory.resolve("src"));
            Path generatedDirectory = Files.createDirectories(directory.resolve("generated"));
            Path classesDirectory = Files.createDirectories(directory.resolve("classes"));
            List<Path> files = new ArrayList<>();
            for (Map.Entry<String, String> source : allSources.entrySet()) {
                Path file = sourceDirectory.resolve(source.getKey());
                Files.createDirectories(file.getParent());
                files.add(Files.writeString(file, source.getValue(), StandardCharsets.UTF_8));
            }
            String processorPath = codeSource(ModelProcessor.class) + File.pathSeparator
                    + codeSource(TestCompiler.class);
            List<String> options = new ArrayList<>(List.of(
                    "-processor", String.join(",", processors),
                    "-processorpath", processorPath,
                    "-classpath", classesDirectory.toString(),
                    "-s", generatedDirectory.toString(),
                    "-d", classesDirectory.toString(),
                    "--release", "17",
                    "-encoding", "UTF-8",
                    // The project's own lint flags. "processing" is off because a processor that
                    // supports "*" and claims nothing always draws "No processor claimed ...".
                    "-Xlint:all",
                    "-Xlint:-processing"));
            options.addAll(extraOptions);
            return run(files, options, generatedDirectory, classesDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Compilation run(List<Path> files, List<String> options, Path generatedDirectory,
            Path classesDirectory) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fileManager =
                compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = fileManager.getJavaFileObjectsFromPaths(files);
            boolean succeeded = compiler.getTask(null, fileManager, diagnostics, options, null, units).call();
            return new Compilation(succeeded, diagnostics.getDiagnostics(), generatedDirectory, classesDirectory);
        }
    }

    private static Path codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

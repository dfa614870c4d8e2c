package org.activerecord4j.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * The outcome of one {@link TestCompiler} run: whether javac succeeded, what it said, and what the
 * processor generated.
 *
 * @param succeeded whether javac reported success
 * @param diagnostics everything javac and the processor reported
 * @param generatedDirectory where generated sources were written
 * @param classesDirectory where class files were written
 */
record Compilation(
        boolean succeeded,
        List<Diagnostic<? extends JavaFileObject>> diagnostics,
        Path generatedDirectory,
        Path classesDirectory) {

    /**
     * Lists the generated sources.
     *
     * @return their paths relative to the generated-sources directory, sorted, with '/' separators
     */
    List<String> generatedFiles() {
        try (Stream<Path> files = Files.walk(generatedDirectory)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> generatedDirectory.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads one generated source.
     *
     * @param relativePath e.g. {@code pkg/UserFields.java}
     * @return its text
     */
    String generatedSource(String relativePath) {
        try {
            return Files.readString(generatedDirectory.resolve(relativePath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the error messages, in the order javac reported them.
     *
     * @return the messages in the root locale
     */
    List<String> errors() {
        return messages(Diagnostic.Kind.ERROR);
    }

    /**
     * Returns the notes, such as those test processors print.
     *
     * @return the messages in the root locale
     */
    List<String> notes() {
        return messages(Diagnostic.Kind.NOTE);
    }

    /**
     * Returns the warning messages, mandatory or not.
     *
     * @return the messages in the root locale
     */
    List<String> warnings() {
        return Stream.concat(messages(Diagnostic.Kind.WARNING).stream(),
                messages(Diagnostic.Kind.MANDATORY_WARNING).stream()).toList();
    }

    /**
     * Returns the errors with the source file and line they point to.
     *
     * @return e.g. {@code "User.java:4: Column 'id' ..."}; elements without a source show no place
     */
    List<String> errorsWithPlace() {
        return diagnostics.stream()
                .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
                .map(diagnostic -> place(diagnostic) + diagnostic.getMessage(Locale.ROOT))
                .toList();
    }

    /**
     * Opens a class loader over the compiled classes, for running generated code.
     *
     * @return a loader the caller must close
     */
    URLClassLoader classLoader() {
        try {
            URL[] urls = {classesDirectory.toUri().toURL()};
            return new URLClassLoader(urls, Compilation.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> messages(Diagnostic.Kind kind) {
        return diagnostics.stream()
                .filter(diagnostic -> diagnostic.getKind() == kind)
                .map(diagnostic -> diagnostic.getMessage(Locale.ROOT))
                .toList();
    }

    private static String place(Diagnostic<? extends JavaFileObject> diagnostic) {
        if (diagnostic.getSource() == null) {
            return "";
        }
        String path = diagnostic.getSource().toUri().getPath();
        return path.substring(path.lastIndexOf('/') + 1) + ":" + diagnostic.getLineNumber() + ": ";
    }
}

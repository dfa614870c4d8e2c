package org.activerecord4j.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
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
     * Returns the warnings that point into generated sources, such as doclint's.
     *
     * @return e.g. {@code "UserRecord.java:30: no @return"}
     */
    List<String> warningsInGeneratedFiles() {
        return diagnostics.stream()
                .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.WARNING
                        || diagnostic.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
                .filter(diagnostic -> diagnostic.getSource() != null
                        && Path.of(diagnostic.getSource().toUri()).startsWith(generatedDirectory))
                .map(diagnostic -> place(diagnostic) + diagnostic.getMessage(Locale.ROOT))
                .toList();
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

    /**
     * Lists the instance methods a compiled class declares, with their generic return types, so
     * that a test can check the signatures of generated methods.
     *
     * @param className the binary name of a compiled class, e.g. {@code pkg.UserRecord}
     * @return e.g. {@code "posts()" -> "java.util.List<pkg.Post>"} and {@code "author(pkg.User)" -> "void"},
     *     sorted by signature
     */
    Map<String, String> declaredInstanceMethods(String className) {
        try (URLClassLoader loader = classLoader()) {
            Map<String, String> methods = new TreeMap<>();
            for (Method method : loader.loadClass(className).getDeclaredMethods()) {
                if (!Modifier.isStatic(method.getModifiers()) && !method.isSynthetic()) {
                    String parameters = Arrays.stream(method.getGenericParameterTypes())
                            .map(Type::getTypeName)
                            .collect(Collectors.joining(", "));
                    methods.put(method.getName() + "(" + parameters + ")", method.getGenericReturnType().getTypeName());
                }
            }
            return methods;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Not compiled: " + className, e);
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

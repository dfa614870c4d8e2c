package org.activerecord4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import picocli.CommandLine;

/** A project in a temporary directory that {@code ar4j} runs against in-process, with its files as text. */
final class TestProject {

    static final String PACKAGE = "com.example.shop";

    private final Path root;

    TestProject(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    Path sources() {
        return root.resolve("src/main/java");
    }

    Path migrations() {
        return root.resolve("src/main/resources/db/migration");
    }

    Path model(String name) {
        return sources().resolve(PACKAGE.replace('.', '/')).resolve(name + ".java");
    }

    /** Writes a file under the project's package directory. */
    TestProject write(String name, String text) {
        try {
            Files.createDirectories(model(name).getParent());
            Files.writeString(model(name), text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code ar4j generate <what> …} with the project's source root and migrations directory. */
    Run generate(String what, String... arguments) {
        List<String> all = new ArrayList<>(List.of("generate", what, "--source-root", sources().toString(),
                "--migrations", migrations().toString()));
        all.addAll(List.of(arguments));
        return run(all.toArray(String[]::new));
    }

    /** Generates the models {@code User (name)} and {@code Order (total)} with migrations 1 and 2. */
    TestProject withUserAndOrder() {
        for (Run run : List.of(generate("model", "--package", PACKAGE, "--migration-version", "1", "User", "name:string{120}"),
                generate("model", "--migration-version", "2", "Order", "total:decimal{10,2}"))) {
            if (run.exitCode() != 0) {
                throw new IllegalStateException(run.err());
            }
        }
        return this;
    }

    /** Runs {@code ar4j} with these arguments. */
    static Run run(String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Ar4j.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        int exitCode = commandLine.execute(arguments);
        return new Run(exitCode, out.toString(), err.toString());
    }

    /** Every file of the project and its text, by path relative to the root. */
    Map<String, String> files() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            paths.filter(Files::isRegularFile).forEach(file -> files.put(root.relativize(file).toString(), read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The text of the migrations, by file name. */
    Map<String, String> migrationFiles() {
        Map<String, String> files = new TreeMap<>();
        if (Files.isDirectory(migrations())) {
            try (Stream<Path> paths = Files.list(migrations())) {
                paths.forEach(file -> files.put(file.getFileName().toString(), read(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** One run's exit code and output. */
    record Run(int exitCode, String out, String err) {
    }
}

package org.activerecord4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.activerecord4j.Database;
import org.activerecord4j.migration.MigrationStatus;
import org.activerecord4j.migration.Migrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Generator and migrations" session, run as written: its {@code ar4j} lines in a process whose
 * working directory is an empty project, so the defaults (src/main/java, db/migration, app.db) are
 * the ones used; then the Order source and migration the README shows are what was generated.
 */
class ReadmeSessionTest {

    private static final String SECTION = "### Generator and migrations";

    @TempDir
    Path project;

    @TempDir
    Path build;

    @Test
    void readmeSession_runsAsWritten_andGeneratesTheFilesItShows() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf(SECTION));

        List<String> commands = block(section, "```bash").lines().filter(line -> line.startsWith("ar4j ")).toList();
        assertThat(commands).hasSize(6);
        Process process = start(commands);
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out + err).isZero();

        String order = Files.readString(project.resolve("src/main/java/com/example/shop/Order.java"));
        assertThat(order).endsWith(block(section, "```java"));
        try (Stream<Path> migrations = Files.list(project.resolve("src/main/resources/db/migration"))) {
            Path orders = migrations.filter(file -> file.toString().endsWith("__create_orders.sql")).findFirst().orElseThrow();
            assertThat(Files.readString(orders)).isEqualTo(block(section, "```sql"));
        }
        assertThat(project.resolve("app.db")).exists();
        Files.delete(project.resolve("app.db"));   // the project holds sources only from here on

        assertThat(runUseSnippet(block(section, "  ```java").replace("\n  ", "\n").strip())).isEmpty();
    }

    /**
     * Compiles the README's start-up snippet with the generated models and runs it on a new SQLite file, with the
     * generated migrations on the class path as an application's would be: it must migrate and then query.
     */
    @SuppressWarnings("unchecked")
    private List<?> runUseSnippet(String snippet) throws Exception {
        TestProject shop = new TestProject(project);
        shop.write("ReadmeUse", """
                package com.example.shop;

                import java.util.List;
                import java.util.function.Function;
                import org.activerecord4j.Database;
                import org.activerecord4j.migration.Migrations;

                /** The README's start-up snippet, run on the file it is given. */
                public class ReadmeUse implements Function<String, List<User>> {
                    @Override
                    public List<User> apply(String file) {
                %s
                        Database.setDefault(null);
                        database.close();
                        return users;
                    }
                }
                """.formatted(snippet.replace("\"app.db\"", "file").indent(8).stripTrailing()));
        Path file = build.resolve("started.db");
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (ProjectCompiler compiler = new ProjectCompiler(build.resolve("classes"), null);
                URLClassLoader application = new URLClassLoader(new URL[] {shop.migrations().getParent().getParent().toUri().toURL()},
                        compiler.compile(shop))) {
            thread.setContextClassLoader(application);
            Function<String, List<?>> use = (Function<String, List<?>>) application.loadClass("com.example.shop.ReadmeUse")
                    .getConstructor().newInstance();
            List<?> users = use.apply(file.toString());
            try (Database started = Database.sqlite(file)) {
                assertThat(Migrations.of(started).info()).isNotEmpty().allMatch(MigrationStatus::applied);
            }
            return users;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The text of the first code block of {@code section} that opens with {@code fence}. */
    private static String block(String section, String fence) {
        int start = section.indexOf(fence + "\n") + fence.length() + 1;
        return section.substring(start, section.indexOf("```\n", start));
    }

    /** Splits a command line into words as the shell does for these lines: spaces, and single quotes. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            } else if (c == ' ' && !quoted) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /** One JVM in the project's directory runs the command lines one after the other, as a shell would. */
    private Process start(List<String> commandLines) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Session.class.getName()));
        commandLines.forEach(line -> command.add(line.substring("ar4j ".length())));
        return new ProcessBuilder(command).directory(project.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
    }

    /** Runs each argument as one {@code ar4j} command line; stops at the first that fails, with its exit code. */
    static final class Session {

        private Session() {
        }

        public static void main(String[] commandLines) {
            for (String line : commandLines) {
                int exitCode = Ar4j.commandLine().execute(words(line).toArray(String[]::new));
                if (exitCode != 0) {
                    System.err.println("ar4j " + line + " exited with " + exitCode);
                    System.exit(exitCode);
                }
            }
        }
    }
}

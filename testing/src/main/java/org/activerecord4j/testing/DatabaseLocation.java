package org.activerecord4j.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.activerecord4j.Database;

/**
 * Where a test class's database lives, and who said so: the extension ({@link TestDatabase#url}), a
 * JUnit configuration parameter or system property ({@code activerecord4j.test.url}), an environment
 * variable ({@code AR4J_TEST_DATABASE_URL}), or, when none does, a temporary SQLite file of its own.
 */
record DatabaseLocation(String url, String user, String password, String origin) {

    static final String URL_PARAMETER = "activerecord4j.test.url";
    static final String USER_PARAMETER = "activerecord4j.test.user";
    static final String PASSWORD_PARAMETER = "activerecord4j.test.password";
    static final String URL_VARIABLE = "AR4J_TEST_DATABASE_URL";
    static final String USER_VARIABLE = "AR4J_TEST_DATABASE_USER";
    static final String PASSWORD_VARIABLE = "AR4J_TEST_DATABASE_PASSWORD";

    /** A temporary SQLite file, created when the database opens and deleted when it closes. */
    static final DatabaseLocation TEMPORARY_SQLITE = new DatabaseLocation(null, null, null, "a temporary SQLite file");

    DatabaseLocation {
        if (url != null && !url.startsWith("jdbc:")) {
            throw new IllegalArgumentException("The test database URL must be a JDBC URL such as jdbc:sqlite:build/test.db or "
                    + "jdbc:postgresql://127.0.0.1:5432/app_test, but " + origin + " is '" + url + "'");
        }
    }

    /**
     * The extension's own URL if it has one, else the configuration parameter, else the environment
     * variable, else a temporary SQLite file.
     */
    static DatabaseLocation resolve(DatabaseLocation explicit, Function<String, Optional<String>> configuration,
            Function<String, String> environment) {
        if (explicit != null) {
            return explicit;
        }
        Optional<String> configured = configuration.apply(URL_PARAMETER).filter(url -> !url.isBlank());
        if (configured.isPresent()) {
            return new DatabaseLocation(configured.get(), configuration.apply(USER_PARAMETER).orElse(null),
                    configuration.apply(PASSWORD_PARAMETER).orElse(null), "the configuration parameter " + URL_PARAMETER);
        }
        String url = environment.apply(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            return new DatabaseLocation(url, environment.apply(USER_VARIABLE), environment.apply(PASSWORD_VARIABLE),
                    "the environment variable " + URL_VARIABLE);
        }
        return TEMPORARY_SQLITE;
    }

    /** Opens the database; for a temporary SQLite file, creates the file first. */
    Opened open() {
        Path file = null;
        String target = url;
        try {
            if (url == null) {
                file = Files.createTempFile("ar4j-test-", ".db");
                target = "jdbc:sqlite:" + file;
            }
            Database database = Database.builder(target).user(user).password(password).build();
            return new Opened(database, file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary SQLite file for the test database: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteSqliteFiles(file);
            throw new IllegalStateException("Cannot open the test database " + Database.withoutPassword(target) + " (from " + origin + "): "
                    + e.getMessage(), e);
        }
    }

    /** An open test database, and the temporary file it lives in, if any. */
    record Opened(Database database, Path temporaryFile) {

        /** Closes the pool and deletes the temporary file. */
        void close() {
            database.close();
            deleteSqliteFiles(temporaryFile);
        }
    }

    private static void deleteSqliteFiles(Path file) {
        if (file == null) {
            return;
        }
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(Path.of(file + suffix));
            } catch (IOException e) {
                // A leftover temporary file is harmless; the test result must not depend on it.
            }
        }
    }
}

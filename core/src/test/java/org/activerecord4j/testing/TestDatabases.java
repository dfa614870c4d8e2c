package org.activerecord4j.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.activerecord4j.Database;

/**
 * The databases the behavioural suite runs on, one pool each for the whole test run. SQLite always
 * runs; PostgreSQL and MariaDB run when reachable, and must run when {@code CI=true} or
 * {@code AR4J_REQUIRE_ALL_DBS=1}. {@code AR4J_DATABASES=sqlite} (or the system property
 * {@code ar4j.databases}) narrows the set, e.g. for the extra JDK run in CI.
 */
public final class TestDatabases {

    /** A database the suite knows how to reach. */
    public enum Kind {
        SQLITE("sqlite", null, null, null),
        POSTGRESQL("postgresql", "jdbc:postgresql://127.0.0.1:5432/test", "postgres", ""),
        MARIADB("mariadb", "jdbc:mariadb://127.0.0.1:3306/test", "root", ""),
        /** MariaDB over the binary protocol (server-side prepared statements), which README suggests for large reads. */
        MARIADB_BINARY("mariadb-binary", "jdbc:mariadb://127.0.0.1:3306/test?useServerPrepStmts=true", "root", "");

        final String label;
        final String url;
        final String user;
        final String password;

        Kind(String label, String url, String user, String password) {
            this.label = label;
            this.url = url;
            this.user = user;
            this.password = password;
        }

        /**
         * Returns the short name shown in test names.
         *
         * @return e.g. {@code postgresql}
         */
        public String label() {
            return label;
        }
    }

    private static final Map<Kind, Database> OPEN = new ConcurrentHashMap<>();
    private static final Map<Kind, Reason> UNREACHABLE = new ConcurrentHashMap<>();

    private TestDatabases() {
    }

    /**
     * Returns the databases selected for this run.
     *
     * @return the kinds, SQLite first
     */
    public static List<Kind> selected() {
        String chosen = System.getProperty("ar4j.databases", System.getenv().getOrDefault("AR4J_DATABASES", ""));
        if (chosen.isBlank()) {
            return List.of(Kind.values());
        }
        List<String> names = Arrays.stream(chosen.split(",")).map(String::trim).map(s -> s.toLowerCase(Locale.ROOT)).toList();
        return Arrays.stream(Kind.values()).filter(kind -> names.contains(kind.label)).toList();
    }

    /**
     * Returns whether server databases must run rather than be skipped.
     *
     * @return true on CI or when asked to
     */
    public static boolean allRequired() {
        return "true".equalsIgnoreCase(System.getenv("CI")) || "1".equals(System.getenv("AR4J_REQUIRE_ALL_DBS"));
    }

    /**
     * Returns why {@code kind} cannot be reached, or null when it can.
     *
     * @param kind the database
     * @return the reason or null
     */
    public static String unreachable(Kind kind) {
        if (kind == Kind.SQLITE) {
            return null;
        }
        return UNREACHABLE.computeIfAbsent(kind, TestDatabases::probe).orElseNull();
    }

    /**
     * Returns the shared database of every selected kind that can be reached, for property tests that loop
     * over them; an unreachable server fails the test when servers are required.
     *
     * @return the databases, SQLite first
     */
    public static List<Database> usable() {
        List<Database> usable = new java.util.ArrayList<>();
        for (Kind kind : selected()) {
            String reason = unreachable(kind);
            if (reason == null) {
                usable.add(get(kind));
            } else if (allRequired()) {
                throw new IllegalStateException(reason + "; PostgreSQL and MariaDB must run when CI=true or "
                        + "AR4J_REQUIRE_ALL_DBS=1 (start them as DEVELOPERS.md says)");
            }
        }
        return usable;
    }

    /**
     * Returns the shared database of {@code kind}, opening it on first use.
     *
     * @param kind the database
     * @return the open database
     */
    public static Database get(Kind kind) {
        return OPEN.computeIfAbsent(kind, TestDatabases::open);
    }

    /**
     * Returns a builder for another pool on the database of {@code kind} (the same server and database as
     * {@link #get}), for tests that need their own pool size or timeouts. SQLite gets a new temporary file.
     *
     * @param kind the database
     * @return a builder with URL and credentials set
     */
    public static Database.Builder builder(Kind kind) {
        if (kind == Kind.SQLITE) {
            try {
                Path file = Files.createTempFile("ar4j-test-", ".db");
                file.toFile().deleteOnExit();
                return Database.builder("jdbc:sqlite:" + file);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return Database.builder(kind.url).user(kind.user).password(kind.password);
    }

    private static Database open(Kind kind) {
        if (kind == Kind.SQLITE) {
            try {
                Path file = Files.createTempFile("ar4j-test-", ".db");
                file.toFile().deleteOnExit();
                return Database.sqlite(file);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return Database.connect(kind.url, kind.user, kind.password);
    }

    private static Reason probe(Kind kind) {
        try (Connection connection = DriverManager.getConnection(kind.url, kind.user, kind.password)) {
            return new Reason(connection.isValid(5) ? null : kind.label + " connection is not valid");
        } catch (SQLException e) {
            return new Reason(kind.label + " is not reachable at " + kind.url + ": " + e.getMessage());
        }
    }

    /** A probe result: null when reachable. */
    private record Reason(String text) {
        String orElseNull() {
            return text;
        }
    }
}

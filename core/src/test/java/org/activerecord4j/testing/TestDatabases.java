package org.activerecord4j.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.activerecord4j.Database;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the behavioural suite runs on, one pool each for the whole test run. SQLite always
 * runs, on a temporary file; PostgreSQL and MariaDB run, when reachable, on a database this run
 * creates for itself and drops at its end ({@link RunDatabases}), so runs never share tables. They
 * must run when {@code CI=true} or {@code AR4J_REQUIRE_ALL_DBS=1}. {@code AR4J_DATABASES=sqlite} (or
 * the system property {@code ar4j.databases}) narrows the set, e.g. for the extra JDK run in CI.
 */
public final class TestDatabases {

    /** A database the suite knows how to reach. */
    public enum Kind {
        SQLITE("sqlite", null, ""),
        POSTGRESQL("postgresql", Server.POSTGRESQL, ""),
        MARIADB("mariadb", Server.MARIADB, ""),
        /** MariaDB over the binary protocol (server-side prepared statements), which README suggests for large reads. */
        MARIADB_BINARY("mariadb-binary", Server.MARIADB, "useServerPrepStmts=true");

        final String label;
        final Server server;
        final String parameter;

        Kind(String label, Server server, String parameter) {
            this.label = label;
            this.server = server;
            this.parameter = parameter;
        }

        /**
         * Returns the short name shown in test names.
         *
         * @return e.g. {@code postgresql}
         */
        public String label() {
            return label;
        }

        /**
         * Returns the server this kind runs on.
         *
         * @return the server, or null for SQLite
         */
        public Server server() {
            return server;
        }

        /**
         * Returns the JDBC URL of this run's database on the server.
         *
         * @return the URL
         * @throws IllegalStateException for SQLite, which has no server
         */
        public String url() {
            if (server == null) {
                throw new IllegalStateException(label + " has no server URL");
            }
            return JdbcUrls.withParameter(JdbcUrls.withDatabase(server.adminUrl(), RunDatabases.name()), parameter);
        }
    }

    private static final Map<Kind, Database> OPEN = new ConcurrentHashMap<>();

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
     * Returns why {@code kind} cannot be used, or null when this run's database exists on its server.
     *
     * @param kind the database
     * @return the reason or null
     */
    public static String unreachable(Kind kind) {
        return kind.server == null ? null : RunDatabases.create(kind.server).orElse(null);
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
                throw new IllegalStateException(mustRun(reason));
            }
        }
        return usable;
    }

    /**
     * Returns the shared database of {@code kind} for a test written for that database alone: skips the test
     * when this run leaves {@code kind} out or, locally, its server cannot be reached; fails it instead when
     * servers are required ({@link #allRequired()}).
     *
     * <pre>{@code
     * DataSource pool = TestDatabases.require(Kind.POSTGRESQL).dataSource();
     * }</pre>
     *
     * @param kind the database
     * @return the open database
     */
    public static Database require(Kind kind) {
        Assumptions.assumeTrue(selected().contains(kind), () -> "AR4J_DATABASES leaves " + kind.label() + " out");
        String reason = unreachable(kind);
        if (reason != null) {
            if (allRequired()) {
                throw new IllegalStateException(mustRun(reason));
            }
            Assumptions.abort(reason + " (set CI=true or AR4J_REQUIRE_ALL_DBS=1 to fail instead)");
        }
        return get(kind);
    }

    /**
     * Says why a server test fails instead of being skipped.
     *
     * @param reason why the server cannot be used
     * @return the message
     */
    static String mustRun(String reason) {
        return reason + "; PostgreSQL and MariaDB must run when CI=true or AR4J_REQUIRE_ALL_DBS=1 (start them as "
                + "DEVELOPERS.md says)";
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
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        String reason = unreachable(kind);
        if (reason != null) {
            throw new IllegalStateException(reason);
        }
        return Database.builder(kind.url()).user(kind.server.user()).password(kind.server.password());
    }

    /** Closes every database {@link #get(Kind)} opened; the next call opens it again. */
    static void closeAll() {
        OPEN.values().forEach(Database::close);
        OPEN.clear();
    }

    private static Database open(Kind kind) {
        return builder(kind).build();
    }
}

package org.activerecord4j.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A database of its own for one test: an SQLite file, or a database named {@code ar4j_gen_<random>} created
 * on the local PostgreSQL or MariaDB server and dropped on close (never the shared {@code test} databases).
 * A server that cannot be reached skips the test, unless {@code CI=true} or {@code AR4J_REQUIRE_ALL_DBS=1},
 * where it fails; {@code AR4J_DATABASES} narrows which databases run, as in core's suite.
 */
final class ScratchDatabase implements AutoCloseable {

    private static final String POSTGRESQL_SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String MARIADB_SERVER = "jdbc:mariadb://127.0.0.1:3306/";

    private final String kind;
    private final String name;
    private final String url;
    private final String user;

    private ScratchDatabase(String kind, String name, String url, String user) {
        this.kind = kind;
        this.name = name;
        this.url = url;
        this.user = user;
    }

    /** Creates a database of {@code kind} ({@code sqlite}, {@code postgresql}, {@code mariadb}), or skips the test. */
    static ScratchDatabase create(String kind, Path directory) {
        Assumptions.assumeTrue(selected(kind), kind + " is not in AR4J_DATABASES");
        if (kind.equals("sqlite")) {
            return new ScratchDatabase(kind, null, "jdbc:sqlite:" + directory.resolve("scratch.db"), null);
        }
        String name = "ar4j_gen_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        boolean postgresql = kind.equals("postgresql");
        String user = postgresql ? "postgres" : "root";
        try (Connection server = server(kind, user); Statement statement = server.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            String reason = kind + " is not reachable on 127.0.0.1: " + e.getMessage();
            if (required()) {
                Assertions.fail(reason + " (CI=true or AR4J_REQUIRE_ALL_DBS=1: server tests must run)", e);
            }
            Assumptions.abort(reason);
        }
        String url = (postgresql ? POSTGRESQL_SERVER : MARIADB_SERVER) + name + (postgresql ? "?connectTimeout=5" : "?connectTimeout=5000");
        return new ScratchDatabase(kind, name, url, user);
    }

    String url() {
        return url;
    }

    String user() {
        return user;
    }

    String password() {
        return user == null ? null : "";
    }

    /** The catalogue and schema the database's tables are in, for {@code DatabaseMetaData}. */
    String catalog() {
        return kind.equals("mariadb") ? name : null;
    }

    String schema() {
        return kind.equals("postgresql") ? "public" : null;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password());
    }

    @Override
    public void close() throws SQLException {
        if (name == null) {
            return;
        }
        try (Connection server = server(kind, user); Statement statement = server.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + (kind.equals("postgresql") ? " WITH (FORCE)" : ""));
        }
    }

    private static Connection server(String kind, String user) throws SQLException {
        return kind.equals("postgresql")
                ? DriverManager.getConnection(POSTGRESQL_SERVER + "postgres?connectTimeout=5", user, "")
                : DriverManager.getConnection(MARIADB_SERVER + "?connectTimeout=5000", user, "");
    }

    private static boolean selected(String kind) {
        String chosen = System.getProperty("ar4j.databases", System.getenv().getOrDefault("AR4J_DATABASES", ""));
        return chosen.isBlank() || Arrays.stream(chosen.split(",")).map(s -> s.trim().toLowerCase(Locale.ROOT))
                .anyMatch(kind::equals);
    }

    private static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI")) || "1".equals(System.getenv("AR4J_REQUIRE_ALL_DBS"));
    }
}

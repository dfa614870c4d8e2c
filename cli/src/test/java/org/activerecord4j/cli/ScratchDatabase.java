package org.activerecord4j.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.activerecord4j.testing.JdbcUrls;
import org.activerecord4j.testing.Server;
import org.activerecord4j.testing.TestDatabases;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A database of its own for one test: an SQLite file, or a database named {@code ar4j_gen_<random>} created
 * on the PostgreSQL or MariaDB server of core's suite ({@link Server}: local by default, or where
 * {@code AR4J_TEST_POSTGRESQL_URL}, {@code _USER}, {@code _PASSWORD} and the {@code AR4J_TEST_MARIADB_*} twins
 * point) and dropped on close (never the shared {@code test} databases). A server that cannot be reached skips the test, unless {@code CI=true} or {@code AR4J_REQUIRE_ALL_DBS=1},
 * where it fails; {@code AR4J_DATABASES} narrows which databases run, as in core's suite.
 */
final class ScratchDatabase implements AutoCloseable {

    private final String kind;
    private final String name;
    private final String url;
    private final Server server;

    private ScratchDatabase(String kind, String name, String url, Server server) {
        this.kind = kind;
        this.name = name;
        this.url = url;
        this.server = server;
    }

    /** Creates a database of {@code kind} ({@code sqlite}, {@code postgresql}, {@code mariadb}), or skips the test. */
    static ScratchDatabase create(String kind, Path directory) {
        Assumptions.assumeTrue(selected(kind), kind + " is not in AR4J_DATABASES");
        if (kind.equals("sqlite")) {
            return new ScratchDatabase(kind, null, "jdbc:sqlite:" + directory.resolve("scratch.db"), null);
        }
        String name = "ar4j_gen_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        boolean postgresql = kind.equals("postgresql");
        Server server = postgresql ? Server.POSTGRESQL : Server.MARIADB;
        try (Connection admin = admin(server); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            String reason = kind + " is not reachable at " + server.adminUrl() + " (" + server.variable("URL") + "): "
                    + e.getMessage();
            if (TestDatabases.allRequired()) {
                Assertions.fail(reason + " (CI=true or AR4J_REQUIRE_ALL_DBS=1: server tests must run)", e);
            }
            Assumptions.abort(reason);
        }
        String url = JdbcUrls.withParameter(JdbcUrls.withDatabase(server.adminUrl(), name),
                postgresql ? "connectTimeout=5" : "connectTimeout=5000");
        return new ScratchDatabase(kind, name, url, server);
    }

    String url() {
        return url;
    }

    String user() {
        return server == null ? null : server.user();
    }

    String password() {
        return server == null ? null : server.password();
    }

    /** The catalogue and schema the database's tables are in, for {@code DatabaseMetaData}. */
    String catalog() {
        return kind.equals("mariadb") ? name : null;
    }

    String schema() {
        return kind.equals("postgresql") ? "public" : null;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user(), password());
    }

    @Override
    public void close() throws SQLException {
        if (name == null) {
            return;
        }
        try (Connection admin = admin(server); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + (kind.equals("postgresql") ? " WITH (FORCE)" : ""));
        }
    }

    private static Connection admin(Server server) throws SQLException {
        String timeout = server == Server.POSTGRESQL ? "connectTimeout=5" : "connectTimeout=5000";
        return DriverManager.getConnection(JdbcUrls.withParameter(server.adminUrl(), timeout), server.user(), server.password());
    }

    private static boolean selected(String kind) {
        return TestDatabases.selected().stream().anyMatch(selected -> selected.label().equals(kind));
    }
}

package org.activerecord4j.bench.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import org.activerecord4j.bench.db.BenchDatabase;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * S6's clean-up on PostgreSQL, in a database of the test's own ({@code ar4j_bench_test_<random>}, dropped at the
 * end) on the server that {@code AR4J_TEST_POSTGRESQL_URL} (an admin URL, by default the local server's
 * {@code postgres} database), {@code _USER} and {@code _PASSWORD} name. Skipped where the server cannot be reached
 * or {@code AR4J_DATABASES} leaves PostgreSQL out, except that {@code CI=true} or {@code AR4J_REQUIRE_ALL_DBS=1}
 * turn an unreachable server into a failure.
 */
class FixturesTest {

    private static final int ROWS_PER_CYCLE = 20_000;

    @Test
    void deleteNewComments_onPostgresql_givesTheDeletedRowsSpaceToTheNextInsert() throws SQLException {
        Assumptions.assumeTrue(postgresqlSelected(), "AR4J_DATABASES leaves postgresql out");
        String adminUrl = env("AR4J_TEST_POSTGRESQL_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = env("AR4J_TEST_POSTGRESQL_USER", "postgres");
        String password = env("AR4J_TEST_POSTGRESQL_PASSWORD", "");
        String name = "ar4j_bench_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = connectOrSkip(adminUrl, user, password); Statement server = admin.createStatement()) {
            server.execute("CREATE DATABASE " + name);
            try {
                long[] sizes = insertAndDeleteFourTimes(withDatabase(adminUrl, name), user, password);

                // Without the vacuum every insert takes new pages: the table and its key grow by one cycle's rows each time.
                assertThat(sizes[3]).as("table and index bytes after each cycle's insert: %s", Arrays.toString(sizes))
                        .isLessThan(sizes[0] * 3 / 2);
            } finally {
                server.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }

    /** Returns the size of the comments table with its key after each of four inserts, each followed by S6's clean-up. */
    private static long[] insertAndDeleteFourTimes(String url, String user, String password) throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(1);
        try (HikariDataSource pool = new HikariDataSource(config); Connection connection = DriverManager.getConnection(url,
                user, password); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE \"comments\" (\"id\" BIGINT PRIMARY KEY, \"body\" TEXT NOT NULL)");
            long[] sizes = new long[4];
            for (int cycle = 0; cycle < sizes.length; cycle++) {
                statement.execute("INSERT INTO \"comments\" SELECT n, repeat('x', 100) FROM generate_series("
                        + (DataSet.COMMENTS + 1) + ", " + (DataSet.COMMENTS + ROWS_PER_CYCLE) + ") n");
                sizes[cycle] = longValue(statement, "SELECT pg_total_relation_size('\"comments\"')");
                Fixtures.deleteNewComments(BenchDatabase.POSTGRESQL, pool);
                assertThat(longValue(statement, "SELECT COUNT(*) FROM \"comments\"")).isZero();
            }
            return sizes;
        }
    }

    private static long longValue(Statement statement, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static Connection connectOrSkip(String url, String user, String password) {
        try {
            return DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "connectTimeout=5", user, password);
        } catch (SQLException e) {
            String reason = "PostgreSQL is not reachable at " + url + " (AR4J_TEST_POSTGRESQL_URL): " + e.getMessage();
            if ("true".equals(System.getenv("CI")) || "1".equals(System.getenv("AR4J_REQUIRE_ALL_DBS"))) {
                return Assertions.fail(reason + " (CI=true or AR4J_REQUIRE_ALL_DBS=1: server tests must run)", e);
            }
            Assumptions.abort(reason);
            return null;
        }
    }

    /** {@code adminUrl} with its database replaced by {@code name}, keeping its parameters. */
    private static String withDatabase(String adminUrl, String name) {
        int query = adminUrl.indexOf('?');
        String base = query < 0 ? adminUrl : adminUrl.substring(0, query);
        return base.substring(0, base.lastIndexOf('/') + 1) + name + (query < 0 ? "" : adminUrl.substring(query));
    }

    private static boolean postgresqlSelected() {
        String selected = System.getenv("AR4J_DATABASES");
        return selected == null || selected.isBlank() || Arrays.stream(selected.split(","))
                .anyMatch(kind -> kind.trim().equalsIgnoreCase("postgresql"));
    }

    private static String env(String name, String fallback) {
        return Objects.requireNonNullElse(System.getenv(name), fallback);
    }
}

package org.activerecord4j.bench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import javax.sql.DataSource;
import org.activerecord4j.bench.db.BenchDatabase;
import org.activerecord4j.testing.TestDatabases;
import org.activerecord4j.testing.TestDatabases.Kind;
import org.junit.jupiter.api.Test;

/**
 * S6's clean-up on PostgreSQL, in this run's own database of core's suite ({@link TestDatabases}: created on the
 * server its {@code AR4J_TEST_POSTGRESQL_*} settings name, dropped when the run ends). Skipped where
 * {@code AR4J_DATABASES} leaves PostgreSQL out, or locally where the server cannot be reached; with {@code CI=true}
 * or {@code AR4J_REQUIRE_ALL_DBS=1} an unreachable server fails it.
 */
class FixturesTest {

    private static final int ROWS_PER_CYCLE = 20_000;

    @Test
    void deleteNewComments_onPostgresql_givesTheDeletedRowsSpaceToTheNextInsert() throws SQLException {
        long[] sizes = insertAndDeleteFourTimes(TestDatabases.require(Kind.POSTGRESQL).dataSource());

        // Without the vacuum every insert takes new pages: the table and its key grow by one cycle's rows each time.
        assertThat(sizes[3]).as("table and index bytes after each cycle's insert: %s", Arrays.toString(sizes))
                .isLessThan(sizes[0] * 3 / 2);
    }

    /** Returns the size of the comments table with its key after each of four inserts, each followed by S6's clean-up. */
    private static long[] insertAndDeleteFourTimes(DataSource pool) throws SQLException {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS \"comments\"");
            statement.execute("CREATE TABLE \"comments\" (\"id\" BIGINT PRIMARY KEY, \"body\" TEXT NOT NULL)");
            try {
                long[] sizes = new long[4];
                for (int cycle = 0; cycle < sizes.length; cycle++) {
                    statement.execute("INSERT INTO \"comments\" SELECT n, repeat('x', 100) FROM generate_series("
                            + (DataSet.COMMENTS + 1) + ", " + (DataSet.COMMENTS + ROWS_PER_CYCLE) + ") n");
                    sizes[cycle] = longValue(statement, "SELECT pg_total_relation_size('\"comments\"')");
                    Fixtures.deleteNewComments(BenchDatabase.POSTGRESQL, pool);
                    assertThat(longValue(statement, "SELECT COUNT(*) FROM \"comments\"")).isZero();
                }
                return sizes;
            } finally {
                statement.execute("DROP TABLE \"comments\"");
            }
        }
    }

    private static long longValue(Statement statement, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}

package org.activerecord4j.internal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statement cache over a real SQLite file behind a one-connection Hikari pool. */
class StatementCacheTest {

    private static final String SELECT = "SELECT name FROM things WHERE id = ?";

    @TempDir
    Path directory;

    private HikariDataSource pool;

    @BeforeEach
    void open() throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:sqlite:" + directory.resolve("cache.db"));
        config.setMaximumPoolSize(1);
        pool = new HikariDataSource(config);
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
            statement.execute("INSERT INTO things (id, name) VALUES (1, 'one'), (2, 'two')");
        }
    }

    @AfterEach
    void close() {
        pool.close();
    }

    @Test
    void aReleasedStatementIsReused_afterThePooledConnectionWasReturnedAndTakenAgain() throws SQLException {
        StatementCache cache = new StatementCache(10, false);
        StatementCache.Borrowed first;
        try (Connection connection = pool.getConnection()) {
            first = cache.prepare(connection, SELECT);
            assertThat(nameOf(first, 1)).isEqualTo("one");
            cache.release(first);
        }
        try (Connection connection = pool.getConnection()) {
            StatementCache.Borrowed again = cache.prepare(connection, SELECT);

            assertThat(again).isSameAs(first);
            assertThat(nameOf(again, 2)).isEqualTo("two");
            cache.release(again);
        }
    }

    @Test
    void theSameSqlInUseTwice_getsTwoStatements_andKeepsOneOfThem() throws SQLException {
        StatementCache cache = new StatementCache(10, false);
        try (Connection connection = pool.getConnection()) {
            StatementCache.Borrowed outer = cache.prepare(connection, SELECT);
            outer.statement().setLong(1, 1);
            try (ResultSet open = outer.statement().executeQuery()) {
                assertThat(open.next()).isTrue();
                StatementCache.Borrowed inner = cache.prepare(connection, SELECT);

                assertThat(inner).isNotSameAs(outer);
                assertThat(nameOf(inner, 2)).isEqualTo("two");
                assertThat(open.getString(1)).isEqualTo("one");
                cache.release(inner);
            }
            cache.release(outer);

            assertThat(outer.statement().isClosed()).isTrue();
            assertThat(cache.prepare(connection, SELECT)).isNotSameAs(outer);
        }
    }

    @Test
    void aStatementThatFailed_isClosed_notCached() throws SQLException {
        StatementCache cache = new StatementCache(10, false);
        try (Connection connection = pool.getConnection()) {
            StatementCache.Borrowed failed = cache.prepare(connection, SELECT);
            cache.discard(failed, new SQLException("failed"));

            assertThat(failed.statement().isClosed()).isTrue();
            StatementCache.Borrowed next = cache.prepare(connection, SELECT);
            assertThat(next).isNotSameAs(failed);
            assertThat(nameOf(next, 1)).isEqualTo("one");
        }
    }

    @Test
    void aCachedStatementThatFails_isClosedAndForgotten_andTheNextOneIsCachedInItsPlace() throws SQLException {
        StatementCache cache = new StatementCache(10, false);
        try (Connection connection = pool.getConnection()) {
            StatementCache.Borrowed cached = cache.prepare(connection, SELECT);
            cache.release(cached);
            StatementCache.Borrowed failing = cache.prepare(connection, SELECT);
            assertThat(failing).isSameAs(cached);
            cache.discard(failing, new SQLException("failed"));

            assertThat(failing.statement().isClosed()).isTrue();
            StatementCache.Borrowed next = cache.prepare(connection, SELECT);
            assertThat(next).isNotSameAs(failing);
            assertThat(nameOf(next, 1)).isEqualTo("one");
            cache.release(next);
            assertThat(cache.prepare(connection, SELECT)).isSameAs(next);
        }
    }

    @Test
    void aStatementInUse_isNotClosedToMakeRoom_andIsCachedAgainWhenGivenBack() throws SQLException {
        StatementCache cache = new StatementCache(1, false);
        String count = "SELECT COUNT(*) FROM things";
        try (Connection connection = pool.getConnection()) {
            StatementCache.Borrowed first = cache.prepare(connection, SELECT);
            cache.release(first);
            StatementCache.Borrowed inUse = cache.prepare(connection, SELECT);
            StatementCache.Borrowed other = cache.prepare(connection, count);
            cache.release(other);

            assertThat(inUse).isSameAs(first);
            assertThat(inUse.statement().isClosed()).isFalse();
            assertThat(nameOf(inUse, 2)).isEqualTo("two");
            cache.release(inUse);
            assertThat(cache.prepare(connection, SELECT)).isSameAs(first);
        }
    }

    @Test
    void beyondCapacity_theLeastRecentlyUsedStatementIsClosed() throws SQLException {
        StatementCache cache = new StatementCache(2, false);
        String byName = "SELECT id FROM things WHERE name = ?";
        String count = "SELECT COUNT(*) FROM things";
        try (Connection connection = pool.getConnection()) {
            StatementCache.Borrowed a = cache.prepare(connection, SELECT);
            StatementCache.Borrowed b = cache.prepare(connection, byName);
            StatementCache.Borrowed c = cache.prepare(connection, count);
            cache.release(a);
            cache.release(b);
            cache.release(c);

            assertThat(a.statement().isClosed()).isTrue();
            assertThat(cache.prepare(connection, byName)).isSameAs(b);
            assertThat(cache.prepare(connection, count)).isSameAs(c);
        }
    }

    @Test
    void parametersAreClearedOnRelease() throws SQLException {
        StatementCache cache = new StatementCache(10, false);
        try (Connection connection = pool.getConnection()) {
            StatementCache.Borrowed statement = cache.prepare(connection, SELECT);
            assertThat(nameOf(statement, 1)).isEqualTo("one");
            cache.release(statement);

            StatementCache.Borrowed again = cache.prepare(connection, SELECT);
            try (ResultSet rows = again.statement().executeQuery()) {
                assertThat(rows.next()).as("id = NULL matches nothing").isFalse();
            }
        }
    }

    @Test
    void aNewPhysicalConnection_getsItsOwnStatements_andClosedConnectionsAreForgotten() throws SQLException {
        StatementCache cache = new StatementCache(10, false);
        StatementCache.Borrowed old;
        try (Connection connection = pool.getConnection()) {
            old = cache.prepare(connection, SELECT);
            cache.release(old);
            pool.evictConnection(connection);
        }
        awaitClosed(old.statement().getConnection());
        try (Connection connection = pool.getConnection()) {
            StatementCache.Borrowed fresh = cache.prepare(connection, SELECT);

            assertThat(fresh).isNotSameAs(old);
            assertThat(nameOf(fresh, 1)).isEqualTo("one");
            assertThat(cache.connectionCount()).isEqualTo(1);
        }
    }

    @Test
    void capacityZero_preparesOnTheGivenConnection_andReleaseCloses() throws SQLException {
        StatementCache cache = new StatementCache(0, false);
        try (Connection connection = pool.getConnection()) {
            StatementCache.Borrowed statement = cache.prepare(connection, SELECT);

            assertThat(statement.statement().getConnection()).isSameAs(connection);
            cache.release(statement);
            assertThat(statement.statement().isClosed()).isTrue();
        }
    }

    /** Hikari closes an evicted connection on its own thread once it is returned. */
    private static void awaitClosed(Connection physical) throws SQLException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!physical.isClosed() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(physical.isClosed()).isTrue();
    }

    private static String nameOf(StatementCache.Borrowed borrowed, long id) throws SQLException {
        PreparedStatement statement = borrowed.statement();
        statement.setLong(1, id);
        try (ResultSet rows = statement.executeQuery()) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }
}

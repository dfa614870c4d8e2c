package org.activerecord4j.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.activerecord4j.Database;

/**
 * A plain JDBC connection to the database of a test pool, outside any pool: it does to the pool's sessions
 * what an administrator or another application would (kill one, hold a lock). Not thread-safe; close it.
 */
public final class PlainSession implements AutoCloseable {

    private static final Duration KILL_WAIT = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(5);

    private final TestDatabases.Kind kind;
    private final Connection connection;

    private PlainSession(TestDatabases.Kind kind, Connection connection) {
        this.kind = kind;
        this.connection = connection;
    }

    /**
     * Opens a connection to the database {@code database} uses (for SQLite, its file).
     *
     * @param database a test database or a pool of {@link TestPools#builderLike}
     * @return the open session
     * @throws SQLException when it cannot connect
     */
    public static PlainSession open(Database database) throws SQLException {
        if (database.dialectName().equals("sqlite")) {
            return new PlainSession(TestDatabases.Kind.SQLITE, DriverManager.getConnection(database.url()));
        }
        TestDatabases.Kind kind = TestPools.kindOf(database);
        return new PlainSession(kind, DriverManager.getConnection(kind.url(), kind.server().user(), kind.server().password()));
    }

    /**
     * Returns the SQL expression for the id the server gives the session that evaluates it.
     *
     * @param database a server database
     * @return {@code pg_backend_pid()} or {@code CONNECTION_ID()}
     */
    public static String sessionIdFunction(Database database) {
        return switch (database.dialectName()) {
            case "postgresql" -> "pg_backend_pid()";
            case "mariadb" -> "CONNECTION_ID()";
            default -> throw new IllegalArgumentException(database + " has no server sessions");
        };
    }

    /**
     * Returns the connection.
     *
     * @return the open connection
     */
    public Connection connection() {
        return connection;
    }

    /**
     * Has the server end the session {@code sessionId} ({@code pg_terminate_backend}, {@code KILL}) and
     * waits until the server lists it no more, so that its client meets a dead connection next.
     *
     * @param sessionId the id, from {@link #sessionIdFunction}
     * @throws SQLException when the server refuses
     */
    public void kill(long sessionId) throws SQLException {
        boolean postgresql = kind == TestDatabases.Kind.POSTGRESQL;
        try (Statement statement = connection.createStatement()) {
            statement.execute(postgresql ? "SELECT pg_terminate_backend(" + sessionId + ")" : "KILL CONNECTION " + sessionId);
        }
        String listed = postgresql ? "SELECT COUNT(*) FROM pg_stat_activity WHERE pid = ?"
                : "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID = ?";
        long deadline = System.nanoTime() + KILL_WAIT.toNanos();
        try (PreparedStatement query = connection.prepareStatement(listed)) {
            query.setLong(1, sessionId);
            while (count(query) > 0) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Session " + sessionId + " still listed " + KILL_WAIT + " after it was killed");
                }
                LockSupport.parkNanos(POLL.toNanos());
            }
        }
    }

    private static long count(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}

package org.activerecord4j.internal.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps prepared statements open per physical connection, keyed by SQL, so that a statement run again is
 * neither compiled (sqlite-jdbc), parsed (MariaDB's driver) nor built with the pool's wrapper around it
 * (pgJDBC keeps the server's plan, not the statement) afresh. Statements are prepared on the pool's underlying
 * connection, so returning the pooled connection does not close them; they die with that connection, and
 * entries of closed connections are dropped the next time a connection is seen for the first time. Since the
 * pool does not see their failures, the executor tells it about a lost connection
 * ({@code Connections.evictIfLost}).
 *
 * <p>A cached statement stays in the cache while it is in use, marked so, so that taking and giving it back
 * allocates nothing; a nested use of the same SQL on the same connection (a query beside an open one)
 * prepares its own, which is closed when given back, and making room never closes a statement in use. Each
 * connection's cache is used only by the thread that holds the connection. A capacity of 0 disables
 * caching: {@link #prepare} then prepares on the given connection and {@link #release} closes.
 */
final class StatementCache {

    private final int capacity;
    private final Map<Connection, Statements> byConnection = new ConcurrentHashMap<>();

    /**
     * Creates a cache keeping up to {@code capacity} statements per connection.
     *
     * @param capacity statements per connection; 0 for none
     */
    StatementCache(int capacity) {
        this.capacity = capacity;
    }

    /**
     * Returns a prepared statement for {@code sql} on {@code connection}: a cached one when there is one.
     * Give it back with {@link #release}, never close it.
     *
     * @param connection the (pooled) connection
     * @param sql the SQL
     * @return the statement, with no parameters bound
     * @throws SQLException when preparing fails
     */
    PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        if (capacity == 0) {
            return connection.prepareStatement(sql);
        }
        Connection physical = connection.unwrap(Connection.class);
        Statements statements = byConnection.get(physical);
        if (statements == null) {
            dropClosedConnections();
            statements = new Statements();
            byConnection.put(physical, statements);
        }
        Cached cached = statements.get(sql);
        if (cached != null && !cached.inUse) {
            cached.inUse = true;
            return cached.statement;
        }
        return physical.prepareStatement(sql);
    }

    /**
     * Gives back a statement from {@link #prepare} after a clean run: cached again, or closed when the cache
     * has no room (a failed one goes to {@link #discard}).
     *
     * @param prepared the statement
     * @param sql the SQL it was prepared for
     * @throws SQLException when closing fails
     */
    void release(PreparedStatement prepared, String sql) throws SQLException {
        if (capacity == 0) {
            prepared.close();
            return;
        }
        Statements statements = byConnection.get(prepared.getConnection());
        Cached cached = statements == null ? null : statements.get(sql);
        if (statements == null || cached != null && cached.statement != prepared) {
            prepared.close(); // its connection is not cached here, or another statement holds its SQL's place
            return;
        }
        try {
            prepared.clearParameters();
        } catch (SQLException e) {
            discard(prepared, sql, e);
            throw e;
        }
        if (cached != null) {
            cached.inUse = false;
            return;
        }
        statements.put(sql, new Cached(prepared));
        if (statements.size() > capacity) {
            makeRoom(statements);
        }
    }

    /** Closes the least recently used statement not in use, if there is one. */
    private static void makeRoom(Statements statements) throws SQLException {
        for (Iterator<Cached> eldestFirst = statements.values().iterator(); eldestFirst.hasNext(); ) {
            Cached cached = eldestFirst.next();
            if (!cached.inUse) {
                eldestFirst.remove();
                cached.statement.close();
                return;
            }
        }
    }

    /**
     * Closes a statement that failed, never to be reused; a failure to close (its connection may be gone) is
     * added to {@code failure} instead of replacing it.
     *
     * @param prepared the statement from {@link #prepare}
     * @param sql the SQL it was prepared for
     * @param failure what it threw
     */
    void discard(PreparedStatement prepared, String sql, Throwable failure) {
        forget(prepared, sql);
        try {
            prepared.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** Takes {@code prepared} out of the cache if it is there. */
    private void forget(PreparedStatement prepared, String sql) {
        if (capacity == 0) {
            return;
        }
        Statements statements;
        try {
            statements = byConnection.get(prepared.getConnection());
        } catch (SQLException closed) {
            return; // a statement the driver closed, with its connection: the cache goes when that connection does
        }
        Cached cached = statements == null ? null : statements.get(sql);
        if (cached != null && cached.statement == prepared) {
            statements.remove(sql);
        }
    }

    /** Forgets every cached statement, e.g. once the pool is closed (closing a connection closes its statements). */
    void clear() {
        byConnection.clear();
    }

    /**
     * Returns how many physical connections have statements here.
     *
     * @return the number of connections
     */
    int connectionCount() {
        return byConnection.size();
    }

    private void dropClosedConnections() throws SQLException {
        for (Iterator<Connection> connections = byConnection.keySet().iterator(); connections.hasNext(); ) {
            if (connections.next().isClosed()) {
                connections.remove();
            }
        }
    }

    /** One connection's statements, least recently used first. */
    private static final class Statements extends LinkedHashMap<String, Cached> {
        private static final long serialVersionUID = 1L;

        Statements() {
            super(16, 0.75f, true);
        }
    }

    /** A cached statement and whether the connection's holder is using it now. */
    private static final class Cached {
        private final PreparedStatement statement;
        private boolean inUse;

        Cached(PreparedStatement statement) {
            this.statement = statement;
        }
    }
}

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
 * caching: {@link #prepare} then prepares on the given connection and {@link #release} closes. A statement
 * given back holds neither its parameters nor, where the driver would keep it, its last result's rows.
 */
final class StatementCache {

    private final int capacity;
    private final boolean dropsLastResult;
    private final Map<Connection, Statements> byConnection = new ConcurrentHashMap<>();

    /**
     * Creates a cache keeping up to {@code capacity} statements per connection.
     *
     * @param capacity statements per connection; 0 for none
     * @param dropsLastResult whether a statement given back is first moved past its last result, for a driver
     *     that keeps it, rows and all, until the statement runs again
     */
    StatementCache(int capacity, boolean dropsLastResult) {
        this.capacity = capacity;
        this.dropsLastResult = dropsLastResult;
    }

    /**
     * Returns a prepared statement for {@code sql} on {@code connection}: a cached one when there is one.
     * Give it back with {@link #release} or {@link #discard}, never close it.
     *
     * @param connection the (pooled) connection
     * @param sql the SQL
     * @return the statement, with no parameters bound
     * @throws SQLException when preparing fails
     */
    Borrowed prepare(Connection connection, String sql) throws SQLException {
        if (capacity == 0) {
            return new Borrowed(connection.prepareStatement(sql), sql, null);
        }
        Connection physical = connection.unwrap(Connection.class);
        Statements statements = byConnection.get(physical);
        if (statements == null) {
            dropClosedConnections();
            statements = new Statements();
            byConnection.put(physical, statements);
        }
        Borrowed cached = statements.get(sql);
        if (cached != null && !cached.inUse) {
            cached.inUse = true;
            return cached;
        }
        return new Borrowed(physical.prepareStatement(sql), sql, statements);
    }

    /**
     * Gives back a statement from {@link #prepare} after a clean run: cached again, or closed when the cache
     * has no room (a failed one goes to {@link #discard}).
     *
     * @param borrowed the statement
     * @throws SQLException when closing fails
     */
    void release(Borrowed borrowed) throws SQLException {
        PreparedStatement prepared = borrowed.statement;
        Statements statements = borrowed.owner;
        if (statements == null) {
            prepared.close(); // not cached: the cache keeps none, or another statement held its SQL's place
            return;
        }
        try {
            if (dropsLastResult) {
                prepared.getMoreResults(); // closes the last result and lets go of its rows
            }
            prepared.clearParameters();
        } catch (SQLException e) {
            discard(borrowed, e);
            throw e;
        }
        if (borrowed.inUse) {
            borrowed.inUse = false; // it is in the cache already
            return;
        }
        if (statements.get(borrowed.sql) != null) {
            prepared.close(); // another statement for the same SQL took the place while this one was in use
            return;
        }
        statements.put(borrowed.sql, borrowed);
        if (statements.size() > capacity) {
            makeRoom(statements);
        }
    }

    /** Closes the least recently used statement not in use, if there is one. */
    private static void makeRoom(Statements statements) throws SQLException {
        for (Iterator<Borrowed> eldestFirst = statements.values().iterator(); eldestFirst.hasNext(); ) {
            Borrowed cached = eldestFirst.next();
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
     * @param borrowed the statement from {@link #prepare}
     * @param failure what it threw
     */
    void discard(Borrowed borrowed, Throwable failure) {
        if (borrowed.inUse && borrowed.owner.get(borrowed.sql) == borrowed) {
            borrowed.owner.remove(borrowed.sql);
        }
        try {
            borrowed.statement.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
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
    private static final class Statements extends LinkedHashMap<String, Borrowed> {
        private static final long serialVersionUID = 1L;

        Statements() {
            super(16, 0.75f, true);
        }
    }

    /**
     * A statement {@link #prepare} handed out: its SQL, the cache of its connection it goes back to (none when
     * it is closed on release), and whether it is that cache's entry and in use now.
     */
    static final class Borrowed {
        private final PreparedStatement statement;
        private final String sql;
        private final Statements owner;
        private boolean inUse;

        private Borrowed(PreparedStatement statement, String sql, Statements owner) {
            this.statement = statement;
            this.sql = sql;
            this.owner = owner;
        }

        /**
         * Returns the prepared statement.
         *
         * @return the statement
         */
        PreparedStatement statement() {
            return statement;
        }
    }
}

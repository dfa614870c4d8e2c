package org.activerecord4j.testing;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import org.activerecord4j.Database;

/** Pools that tests open for themselves beside the shared ones of {@link TestDatabases}, and what they hold. */
public final class TestPools {

    private TestPools() {
    }

    /**
     * Returns which test database {@code database} is.
     *
     * @param database a database of {@link TestDatabases#get}, or a pool of {@link #builderLike} on a server
     * @return its kind
     */
    public static TestDatabases.Kind kindOf(Database database) {
        if (database.dialectName().equals("sqlite")) {
            return TestDatabases.Kind.SQLITE;
        }
        for (TestDatabases.Kind kind : TestDatabases.Kind.values()) {
            if (kind.server() != null && database.url().equals(kind.url())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Not a test database: " + database);
    }

    /**
     * Returns a builder for another pool on the same database as {@code database} (SQLite: a new file).
     *
     * @param database a database of {@link TestDatabases#get}
     * @return a builder with URL and credentials set
     */
    public static Database.Builder builderLike(Database database) {
        return TestDatabases.builder(kindOf(database));
    }

    /**
     * Returns a builder for another pool on the same server database as {@code database}, reached through
     * {@code proxy} instead of directly.
     *
     * @param database a server database of {@link TestDatabases#get}
     * @param proxy a proxy forwarding to the server's port ({@link #serverPort})
     * @return a builder with URL and credentials set
     */
    public static Database.Builder builderThrough(Database database, TcpProxy proxy) {
        TestDatabases.Kind kind = kindOf(database);
        String url = kind.url().replace(":" + serverPort(database) + "/", ":" + proxy.port() + "/");
        return Database.builder(url).user(kind.server().user()).password(kind.server().password());
    }

    /**
     * Returns the port of the server {@code database} connects to.
     *
     * @param database a server database
     * @return e.g. 5432
     */
    public static int serverPort(Database database) {
        return URI.create(database.url().substring("jdbc:".length())).getPort();
    }

    /**
     * Returns how many connections of {@code database}'s pool are lent out now.
     *
     * @param database the database
     * @return the pool's active connections
     */
    public static int activeConnections(Database database) {
        return ((HikariDataSource) database.dataSource()).getHikariPoolMXBean().getActiveConnections();
    }
}

package org.activerecord4j.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The databases this test run owns: one per server, named {@link #name()}, created on first use and
 * dropped when the run ends (by {@link DropRunDatabases} when the JUnit session closes, or by a
 * shutdown hook), whether the tests passed or not. A run killed before it could drop them leaves them
 * behind; the next run drops every {@code ar4j_test_*} database older than
 * {@link RunDatabaseName#STALE_AFTER}.
 */
public final class RunDatabases {

    private static final RunDatabaseName NAME = RunDatabaseName.startingAt(Instant.now());
    /** Per server: null once this run's database exists, else why it could not be created. */
    private static final Map<Server, String> OUTCOME = new EnumMap<>(Server.class);
    private static boolean hookAdded;

    private RunDatabases() {
    }

    /**
     * Returns the name of this run's database on every server.
     *
     * @return e.g. {@code ar4j_test_1764490000_3kf8w1x0q2}
     */
    public static String name() {
        return NAME.name();
    }

    /**
     * Creates this run's database on {@code server} unless it exists, first dropping stale ones.
     *
     * @param server the server
     * @return why it could not be created, or empty when it exists
     */
    public static synchronized Optional<String> create(Server server) {
        if (!OUTCOME.containsKey(server)) {
            OUTCOME.put(server, tryCreate(server));
        }
        return Optional.ofNullable(OUTCOME.get(server));
    }

    private static String tryCreate(Server server) {
        try (Connection connection = DriverManager.getConnection(server.adminUrl(), server.user(), server.password());
                Statement statement = connection.createStatement()) {
            dropStale(server, statement);
            if (!hookAdded) {
                Runtime.getRuntime().addShutdownHook(new Thread(RunDatabases::dropAll, "drop-ar4j-test-databases"));
                hookAdded = true;
            }
            statement.execute(String.format(server.createDatabase, name()));
            return null;
        } catch (SQLException e) {
            return server.name().toLowerCase(Locale.ROOT) + ": cannot create this run's database " + name() + " through "
                    + server.adminUrl() + " as " + server.user() + ": " + e.getMessage() + " (" + server.variable("URL")
                    + ", " + server.variable("USER") + " and " + server.variable("PASSWORD") + " choose another server)";
        }
    }

    private static void dropStale(Server server, Statement statement) throws SQLException {
        List<RunDatabaseName> stale = new ArrayList<>();
        try (ResultSet names = statement.executeQuery(server.listRunDatabases)) {
            while (names.next()) {
                RunDatabaseName.parse(names.getString(1)).filter(name -> name.isStaleAt(Instant.now())).ifPresent(stale::add);
            }
        }
        for (RunDatabaseName name : stale) {
            statement.execute(String.format(server.dropDatabase, name.name()));
            System.err.println("Dropped " + name.name() + " on " + server.adminUrl() + ": a test run created it at "
                    + name.created() + " and never dropped it");
        }
    }

    /** Closes the suite's pools and drops this run's databases; does nothing the second time. */
    public static synchronized void dropAll() {
        TestDatabases.closeAll();
        OUTCOME.forEach((server, failure) -> {
            if (failure == null) {
                drop(server);
            }
        });
        OUTCOME.clear();
    }

    private static void drop(Server server) {
        try (Connection connection = DriverManager.getConnection(server.adminUrl(), server.user(), server.password());
                Statement statement = connection.createStatement()) {
            statement.execute(String.format(server.dropDatabase, name()));
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name() + " on " + server.adminUrl() + ": " + e.getMessage()
                    + " (the next run drops it once it is older than " + RunDatabaseName.STALE_AFTER.toHours() + " hours)");
        }
    }
}

package org.activerecord4j.migration;

import com.zaxxer.hikari.HikariConfigMXBean;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.stream.Collectors;
import org.activerecord4j.Database;
import org.flywaydb.core.api.FlywayException;

/** What {@link Migrations} says happened when Flyway fails, and what to do about it. */
final class FailureMessages {

    /** The words after "Cannot migrate <database>" when it was closed. */
    static final String CLOSED = ": the database was closed (Database.close()), so it can no longer run statements";

    private FailureMessages() {
    }

    /**
     * Names a database as core's messages do.
     *
     * @param database the database
     * @return e.g. {@code postgresql jdbc:postgresql://127.0.0.1/app?password=***}
     */
    static String named(Database database) {
        return database.dialectName() + " " + Database.withoutPassword(database.url());
    }

    /**
     * Returns whether {@code database} was closed, which Flyway would report as a connection it could not get.
     *
     * @param database the database
     * @return true when its pool is closed
     */
    static boolean closed(Database database) {
        try {
            return database.dataSource().isWrapperFor(HikariDataSource.class)
                    && database.dataSource().unwrap(HikariDataSource.class).isClosed();
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Says why the pool gave Flyway no connection.
     *
     * @param refusal the pool's exception
     * @param database the database whose pool it is
     * @return e.g. {@code Flyway waited 30000 ms for a connection of the pool and none became free; all 1 … acquireTimeout}
     */
    static String noConnection(SQLException refusal, Database database) {
        HikariConfigMXBean pool = settings(database);
        // The pool names its last failure to connect as the cause; without one, every connection was in use.
        if (refusal instanceof SQLTransientConnectionException && refusal.getCause() == null && pool != null) {
            return "Flyway waited " + pool.getConnectionTimeout() + " ms for a connection of the pool and none became free; all "
                    + pool.getMaximumPoolSize() + " (maximumPoolSize " + pool.getMaximumPoolSize() + ") are held by transactions, "
                    + "streams or other threads that have not given theirs back: end them before migrating, or raise "
                    + "maximumPoolSize or acquireTimeout";
        }
        Throwable failure = refusal.getCause() != null ? refusal.getCause() : refusal;
        return "Flyway could not get a connection: " + failure.getMessage();
    }

    /**
     * Says what of a migration whose statement failed is left applied.
     *
     * @param database the database
     * @param inTransaction whether Flyway ran the migration in a transaction
     * @return the words after "Migrating … failed; "
     */
    static String leftOfFailedMigration(Database database, boolean inTransaction) {
        if (database.dialectName().equals("mariadb")) {
            return "MariaDB and MySQL commit each DDL statement, so the statements of the failed migration before the "
                    + "failing one stay applied: undo them by hand and delete its row from flyway_schema_history";
        }
        if (!inTransaction) {
            return "the failed migration ran outside a transaction (Flyway runs statements such as CREATE INDEX CONCURRENTLY "
                    + "so), so its statements before the failing one stay applied: undo them by hand and delete its row from "
                    + "flyway_schema_history";
        }
        return "the failed migration was rolled back (" + database.dialectName() + " has transactional DDL), so nothing of it is applied";
    }

    /**
     * Says which migrations the history records as failed, which stops every later migrate, and how to clear them.
     *
     * @param failed the failed migrations, by version
     * @return e.g. {@code V2__create_tags.sql failed on an earlier run (flyway_schema_history records it as failed), so no
     *     migration ran; undo by hand … DELETE FROM flyway_schema_history WHERE version = '2' …}
     */
    static String failedEarlier(List<MigrationStatus> failed) {
        boolean one = failed.size() == 1;
        String versions = failed.stream().map(migration -> "'" + migration.version() + "'").collect(Collectors.joining(", "));
        return failed.stream().map(migration -> migration.script() != null ? migration.script() : migration.description())
                .collect(Collectors.joining(", ")) + " failed on an earlier run (flyway_schema_history records "
                + (one ? "it" : "them") + " as failed), so no migration ran; undo by hand what of " + (one ? "it" : "them")
                + " stayed applied, remove " + (one ? "its record" : "their records") + " with DELETE FROM flyway_schema_history "
                + "WHERE version " + (one ? "= " + versions : "IN (" + versions + ")") + " (what Flyway calls repair), correct "
                + (one ? "it" : "them") + " and migrate again";
    }

    /**
     * Returns the location of {@code locations} that Flyway's failure says it could not find ({@code failOnMissingLocations}).
     *
     * @param failure what Flyway threw
     * @param locations the locations as the caller gave them
     * @return the missing location as given, or null when the failure is about something else
     */
    static String missingLocation(FlywayException failure, List<String> locations) {
        // Flyway's words: "Failed to find filesystem location: …" and "Unable to resolve location classpath:…".
        String message = String.valueOf(failure.getMessage());
        if (!(message.startsWith("Failed to find ") && message.contains(" location"))
                && !message.startsWith("Unable to resolve location ")) {
            return null;
        }
        for (String location : locations) {
            String path = location.substring(location.indexOf(':') + 1).replaceAll("^/+", "");
            if (message.contains(path)) {
                return location;
            }
        }
        return String.join(", ", locations);
    }

    /**
     * Says that a location does not exist.
     *
     * @param location the location as given
     * @return the words after "Cannot migrate <database>"
     */
    static String noSuchLocation(String location) {
        return ": the migrations location " + location + " does not exist (check its spelling, and that the directory is "
                + "there or on the class path)";
    }

    private static HikariConfigMXBean settings(Database database) {
        try {
            return database.dataSource().isWrapperFor(HikariConfigMXBean.class)
                    ? database.dataSource().unwrap(HikariConfigMXBean.class) : null;
        } catch (SQLException e) {
            return null;
        }
    }
}

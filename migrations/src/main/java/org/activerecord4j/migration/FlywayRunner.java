package org.activerecord4j.migration;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.activerecord4j.Database;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.api.output.MigrateOutput;
import org.flywaydb.core.internal.exception.FlywayMigrateException;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;

/** The only class that touches Flyway: runs and lists migrations for {@link Migrations}. */
final class FlywayRunner {

    private FlywayRunner() {
    }

    static List<MigrationStatus> migrate(Database database, List<String> locations) {
        if (FailureMessages.closed(database)) {
            throw new MigrationFailedException("Cannot migrate " + FailureMessages.named(database) + FailureMessages.CLOSED
                    + "; no migration ran", null);
        }
        PoolForFlyway pool = new PoolForFlyway(database.dataSource());
        Flyway flyway = null;
        try {
            flyway = flyway(pool, locations);
            List<MigrateOutput> applied = flyway.migrate().migrations;
            List<MigrationInfo> history = Arrays.asList(flyway.info().applied());
            // Each run's own row in the history: a repeatable migration has no version, and a row for each time it ran.
            return applied.stream().map(output -> history.stream().filter(migration -> ranAs(migration, output))
                    .max(Comparator.comparing(MigrationInfo::getInstalledRank)).map(FlywayRunner::status).orElse(null))
                    .filter(Objects::nonNull).toList();
        } catch (FlywayException e) {
            String missing = FailureMessages.missingLocation(e, locations);
            if (missing != null) {
                throw new MigrationFailedException("Cannot migrate " + FailureMessages.named(database)
                        + FailureMessages.noSuchLocation(missing) + "; no migration ran\n" + e.getMessage(), e);
            }
            throw new MigrationFailedException(migrateFailure(database, pool, flyway, e), e);
        }
    }

    static List<MigrationStatus> info(Database database, List<String> locations) {
        if (FailureMessages.closed(database)) {
            throw new MigrationFailedException("Cannot read the migrations of " + FailureMessages.named(database)
                    + FailureMessages.CLOSED, null);
        }
        PoolForFlyway pool = new PoolForFlyway(database.dataSource());
        try {
            return Arrays.stream(flyway(pool, locations).info().all()).map(FlywayRunner::status).toList();
        } catch (FlywayException e) {
            String missing = FailureMessages.missingLocation(e, locations);
            if (missing != null) {
                throw new MigrationFailedException("Cannot read the migrations of " + FailureMessages.named(database)
                        + FailureMessages.noSuchLocation(missing) + "\n" + e.getMessage(), e);
            }
            String reading = "Cannot read the migrations of " + Database.withoutPassword(database.url()) + ": ";
            throw new MigrationFailedException(pool.refusal() != null
                    ? reading + FailureMessages.noConnection(pool.refusal(), database) + "\n" + e.getMessage()
                    : reading + e.getMessage(), e);
        }
    }

    /** Whether {@code migration} is the one Flyway reported running: by version, or a repeatable one by description. */
    private static boolean ranAs(MigrationInfo migration, MigrateOutput output) {
        if (output.version != null && !output.version.isEmpty()) {
            return migration.getVersion() != null && output.version.equals(migration.getVersion().getVersion());
        }
        return migration.getVersion() == null && migration.getDescription().equals(output.description);
    }

    private static String migrateFailure(Database database, PoolForFlyway pool, Flyway flyway, FlywayException e) {
        String migrating = "Migrating " + Database.withoutPassword(database.url()) + " failed";
        if (pool.refusal() != null) {
            return migrating + ": " + FailureMessages.noConnection(pool.refusal(), database) + ". No migration failed; the ones "
                    + "Flyway applied before stay applied (Migrations.info() lists them)\n" + e.getMessage();
        }
        if (e instanceof FlywayValidateException) {
            List<MigrationStatus> failed = failedEarlier(flyway);
            if (!failed.isEmpty()) {
                return migrating + ": " + FailureMessages.failedEarlier(failed) + "\n" + e.getMessage();
            }
            return migrating + " validation (the migration history does not match the migration files), so no migration ran\n"
                    + e.getMessage();
        }
        if (e instanceof FlywayMigrateException failed) {
            return migrating + "; " + FailureMessages.leftOfFailedMigration(database, failed.isExecutableInTransaction())
                    + "\n" + e.getMessage();
        }
        return migrating + " (Migrations.info() lists what is applied)\n" + e.getMessage();
    }

    /**
     * The migrations the history records as failed: Flyway records one that it could not roll back (on MariaDB and
     * MySQL, or run outside a transaction), and refuses to migrate until its record is gone.
     */
    private static List<MigrationStatus> failedEarlier(Flyway flyway) {
        if (flyway == null) {
            return List.of();
        }
        try {
            return Arrays.stream(flyway.info().all()).filter(migration -> migration.getState().isFailed())
                    .map(FlywayRunner::status).toList();
        } catch (FlywayException e) {
            return List.of(); // the validation's own message then says what it can
        }
    }

    private static Flyway flyway(PoolForFlyway pool, List<String> locations) {
        // A location that does not exist (a typo, a directory not copied) fails instead of migrating nothing.
        FluentConfiguration configuration = Flyway.configure().dataSource(pool).locations(locations.toArray(String[]::new))
                .failOnMissingLocations(true);
        // Flyway's PostgreSQL support holds its advisory lock in a transaction on one connection and migrates on a
        // second unless told otherwise; with a session lock it does all on one connection, as on SQLite and MariaDB
        // (there unless Percona XtraDB Cluster's strict mode is on, when the pool's wait says so).
        // One connection is what a pool of one, or SQLite's in-memory database (which lives in the pool's only
        // connection), can give; and CREATE INDEX CONCURRENTLY, which waits for every open transaction, would wait
        // for the lock's.
        configuration.getConfigurationExtension(PostgreSQLConfigurationExtension.class).setTransactionalLock(false);
        return configuration.load();
    }

    private static MigrationStatus status(MigrationInfo migration) {
        String script = migration.getScript() == null ? null : Path.of(migration.getScript()).getFileName().toString();
        return new MigrationStatus(migration.getVersion() == null ? null : migration.getVersion().getVersion(),
                migration.getDescription(), script, migration.getState().getDisplayName(),
                migration.getState().isApplied() && !migration.getState().isFailed(),
                migration.getInstalledOn() == null ? null : migration.getInstalledOn().toInstant());
    }
}

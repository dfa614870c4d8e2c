package org.activerecord4j.migration;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.activerecord4j.Database;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.api.output.MigrateOutput;

/** The only class that touches Flyway: runs and lists migrations for {@link Migrations}. */
final class FlywayRunner {

    private FlywayRunner() {
    }

    static List<MigrationStatus> migrate(Database database, List<String> locations) {
        Flyway flyway = flyway(database, locations);
        try {
            List<MigrateOutput> applied = flyway.migrate().migrations;
            Set<String> versions = applied.stream().map(output -> output.version).collect(Collectors.toSet());
            return Arrays.stream(flyway.info().applied())
                    .filter(migration -> migration.getVersion() != null && versions.contains(migration.getVersion().getVersion()))
                    .map(FlywayRunner::status).toList();
        } catch (FlywayValidateException e) {
            throw new MigrationFailedException("Migrating " + Database.withoutPassword(database.url()) + " failed validation (the migration history does "
                    + "not match the migration files), so no migration ran\n" + e.getMessage(), e);
        } catch (FlywayException e) {
            throw new MigrationFailedException("Migrating " + Database.withoutPassword(database.url()) + " failed; " + leftApplied(database)
                    + "\n" + e.getMessage(), e);
        }
    }

    static List<MigrationStatus> info(Database database, List<String> locations) {
        try {
            return Arrays.stream(flyway(database, locations).info().all()).map(FlywayRunner::status).toList();
        } catch (FlywayException e) {
            throw new MigrationFailedException("Cannot read the migrations of " + database.url() + ": " + e.getMessage(), e);
        }
    }

    private static Flyway flyway(Database database, List<String> locations) {
        return Flyway.configure().dataSource(database.dataSource()).locations(locations.toArray(String[]::new)).load();
    }

    private static String leftApplied(Database database) {
        return database.dialectName().equals("mariadb")
                ? "MariaDB and MySQL commit each DDL statement, so the statements of the failed migration before the "
                        + "failing one stay applied: undo them by hand and delete its row from flyway_schema_history"
                : "the failed migration was rolled back (" + database.dialectName()
                        + " has transactional DDL), so nothing of it is applied";
    }

    private static MigrationStatus status(MigrationInfo migration) {
        String script = migration.getScript() == null ? null : Path.of(migration.getScript()).getFileName().toString();
        return new MigrationStatus(migration.getVersion() == null ? null : migration.getVersion().getVersion(),
                migration.getDescription(), script, migration.getState().getDisplayName(),
                migration.getState().isApplied() && !migration.getState().isFailed(),
                migration.getInstalledOn() == null ? null : migration.getInstalledOn().toInstant());
    }
}

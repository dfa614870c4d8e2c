package org.activerecord4j.migration;

import java.util.List;
import java.util.Objects;
import org.activerecord4j.InvalidArgumentException;
import org.activerecord4j.Database;

/**
 * Applies SQL migrations ({@code V<version>__<description>.sql}, as {@code ar4j generate} writes them) to a
 * {@link Database} with Flyway, which records them in the table {@code flyway_schema_history}.
 *
 * <pre>{@code
 * Database database = Database.sqlite("app.db");
 * Migrations.migrate(database);                                  // classpath:db/migration
 * Migrations.of(database).locations("filesystem:src/main/resources/db/migration").migrate();
 * }</pre>
 *
 * <p>Each migration runs in a transaction: on SQLite and PostgreSQL, whose DDL is transactional, a
 * migration that fails leaves nothing of itself applied; MariaDB and MySQL commit each DDL statement, and
 * a PostgreSQL migration of statements that cannot run in a transaction ({@code CREATE INDEX CONCURRENTLY})
 * runs outside one. The failure's message says which happened. Flyway records a migration it could not roll back
 * as failed, and every later {@link #migrate()} stops until that record is deleted: its message names the migration
 * and the {@code DELETE FROM flyway_schema_history} that clears it.
 *
 * <p>Flyway runs on one connection of the database's pool, so any {@code maximumPoolSize} works, down to one
 * (and SQLite's {@code :memory:} database, which lives in its pool's only connection). That connection must
 * become free within the database's {@code acquireTimeout}: a migrate made while every connection is held (by
 * a transaction block it runs in, among others) fails saying so. On PostgreSQL Flyway's lock against
 * concurrent migrations is a session-level advisory lock on that connection
 * ({@code postgresql.transactional.lock=false}), which a pooler in transaction mode (PgBouncer's
 * {@code pool_mode=transaction}) does not keep: migrate through a direct or session-pooled URL.
 *
 * <p>This module brings Flyway with its PostgreSQL and MySQL/MariaDB support.
 *
 * <p>Immutable and thread-safe; {@link #locations} returns a copy.
 */
public final class Migrations {

    /** Where migrations are looked for unless {@link #locations} says otherwise. */
    public static final String DEFAULT_LOCATION = "classpath:db/migration";

    private final Database database;
    private final List<String> locations;

    private Migrations(Database database, List<String> locations) {
        this.database = database;
        this.locations = locations;
    }

    /**
     * Applies the pending migrations under {@value #DEFAULT_LOCATION} to {@code database}.
     *
     * @param database the database
     * @return the migrations this call applied, oldest first
     * @throws MigrationFailedException when {@value #DEFAULT_LOCATION} does not exist, a migration fails, the history
     *     does not match the files, or no connection of the pool could be had; see {@link #migrate()}
     */
    public static List<MigrationStatus> migrate(Database database) {
        return of(database).migrate();
    }

    /**
     * Starts configuring the migrations of {@code database}.
     *
     * @param database the database
     * @return migrations under {@value #DEFAULT_LOCATION}
     */
    public static Migrations of(Database database) {
        return new Migrations(Objects.requireNonNull(database, "database"), List.of(DEFAULT_LOCATION));
    }

    /**
     * Returns a copy that looks for migrations in {@code locations} instead.
     *
     * @param locations Flyway locations: {@code classpath:db/migration}, {@code filesystem:/path/to/dir}; each must
     *     exist when {@link #migrate()} or {@link #info()} runs, which refuse one that does not (an empty one is fine)
     * @return the copy
     * @throws InvalidArgumentException when no location is given or one is blank
     */
    public Migrations locations(String... locations) {
        if (locations.length == 0 || List.of(locations).stream().anyMatch(String::isBlank)) {
            throw new InvalidArgumentException("Migrations need at least one non-blank location, e.g. "
                    + DEFAULT_LOCATION + " or filesystem:db/migration; got " + List.of(locations));
        }
        return new Migrations(database, List.of(locations));
    }

    /**
     * Applies the pending migrations, oldest first.
     *
     * @return the migrations this call applied, repeatable ones ({@code R__…}) included; empty when the database was up
     *     to date
     * @throws MigrationFailedException when a location does not exist (naming it; none is taken for empty), a migration
     *     fails (naming it, with the database's message, and saying
     *     what of it is left applied), an earlier run left a failed migration in the history (naming it and the
     *     statement that clears its record), the history does not match the files, the database was closed, or no
     *     connection of the pool could be had (saying whether every connection was held or the database could not be
     *     reached)
     */
    public List<MigrationStatus> migrate() {
        return FlywayRunner.migrate(database, locations);
    }

    /**
     * Lists every migration known from the files and the history: applied, pending and failed ones.
     *
     * @return the migrations, by version
     * @throws MigrationFailedException when a location does not exist, the history cannot be read, the database was
     *     closed, or no connection of the pool could be had
     */
    public List<MigrationStatus> info() {
        return FlywayRunner.info(database, locations);
    }
}

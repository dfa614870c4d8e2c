/**
 * Schema migrations at application start-up: {@link org.activerecord4j.migration.Migrations#migrate}
 * applies the SQL migrations that {@code ar4j generate} writes (or any Flyway migrations) with Flyway.
 *
 * <p>Flyway is an optional dependency of core: add {@code org.flywaydb:flyway-core}, plus
 * {@code flyway-database-postgresql} or {@code flyway-mysql} for those servers (SQLite needs only
 * flyway-core). Without it the rest of activerecord4j works and {@code Migrations} says what to add.
 */
package org.activerecord4j.migration;

/**
 * Schema migrations at application start-up: {@link org.activerecord4j.migration.Migrations#migrate}
 * applies the SQL migrations that {@code ar4j generate} writes (or any Flyway migrations) with Flyway.
 *
 * <p>It is the artifact {@code org.activerecord4j:activerecord4j-migrations}, which brings Flyway (with its
 * PostgreSQL and MySQL/MariaDB support); core works without it.
 */
package org.activerecord4j.migration;

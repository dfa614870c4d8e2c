package org.activerecord4j.migration;

import java.time.Instant;

/**
 * One migration as the database's migration history sees it. Immutable and thread-safe.
 *
 * @param version its version, e.g. {@code 20240521143000}
 * @param description its description, e.g. {@code create orders}
 * @param script its file, e.g. {@code V20240521143000__create_orders.sql}
 * @param state Flyway's name for its state: {@code Success}, {@code Pending}, {@code Failed}, …
 * @param applied whether it ran successfully
 * @param installedOn when it ran, or null when it has not
 */
public record MigrationStatus(String version, String description, String script, String state, boolean applied,
        Instant installedOn) {
}

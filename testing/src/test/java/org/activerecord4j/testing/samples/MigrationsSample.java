package org.activerecord4j.testing.samples;

import static org.assertj.core.api.Assertions.assertThat;

import org.activerecord4j.Database;
import org.activerecord4j.migration.Migrations;
import org.activerecord4j.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Run by {@code TestDatabaseTest}: the schema comes from the project's migrations (the Flyway scripts under
 * {@code classpath:db/migration}), and the test's rows are rolled back like any other test's.
 */
public class MigrationsSample {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.withSchema(Migrations::migrate);

    @Test
    void theMigrationsCreatedTheTable_andItStartsEmpty(Database db) {
        assertThat(db.execute("DELETE FROM migrated_notes")).isZero();
        db.execute("INSERT INTO migrated_notes (id, body) VALUES (?, ?)", 1, "rolled back at the end");
        assertThat(database.countStatements(() -> db.execute("UPDATE migrated_notes SET body = body"))).isEqualTo(1);
    }
}

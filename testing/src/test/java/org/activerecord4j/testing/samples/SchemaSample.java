package org.activerecord4j.testing.samples;

import static org.assertj.core.api.Assertions.assertThat;

import org.activerecord4j.Database;
import org.activerecord4j.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Run by {@code TestDatabaseTest}: a schema from a hook of one's own (where the project's migrations plug
 * in), rows from {@code @BeforeAll} shared by the class's tests, and the {@code Database} parameter.
 */
public class SchemaSample {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.withSchema(db -> db.execute(
            "CREATE TABLE IF NOT EXISTS sample_notes (body VARCHAR(100) NOT NULL)"));

    @BeforeAll
    static void sharedRow() {
        database.database().execute("DELETE FROM sample_notes");   // a server database keeps rows of earlier runs
        database.database().execute("INSERT INTO sample_notes (body) VALUES (?)", "shared");
    }

    @Test
    void schemaHook_createdTheTable_andTheSharedRowIsThere(Database db) {
        assertThat(db).isSameAs(database.database()).isSameAs(Database.getDefault());
        db.execute("INSERT INTO sample_notes (body) VALUES (?)", "mine");
        assertThat(database.countStatements(() -> db.execute("UPDATE sample_notes SET body = body"))).isEqualTo(1);
    }

    @Test
    void rowsOfOtherTests_areGone_butTheSharedRowStays() {
        database.assertStatements(1, () -> assertThat(database.database().execute("DELETE FROM sample_notes")).isEqualTo(1));
    }
}

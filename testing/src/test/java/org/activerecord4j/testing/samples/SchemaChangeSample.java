package org.activerecord4j.testing.samples;

import static org.assertj.core.api.Assertions.assertThat;

import org.activerecord4j.Database;
import org.activerecord4j.testing.TestDatabase;
import org.activerecord4j.testing.example.Author;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Run by {@code TestDatabaseTest}: tests that change the schema after writing rows. SQLite and PostgreSQL roll the
 * change back with the test's transaction; MariaDB commits the transaction at a schema change, keeping the rows
 * written before it, so there the tests fail, saying so. Expected: 3 tests; none fails on SQLite and PostgreSQL, all
 * on MariaDB.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class SchemaChangeSample {

    /** The table the tests create; {@code TestDatabaseTest} drops it where it outlives them. */
    public static final String TABLE = "schema_change_notes";

    @RegisterExtension
    static final TestDatabase database = TestDatabase.withTables(Author.class);

    @Test
    @Order(1)
    void schemaChange_afterAWrite_asTheTestsLastStatement(Database db) {
        new Author("Ann").save();
        db.execute("CREATE TABLE " + TABLE + " (id INT)");
    }

    @Test
    @Order(2)
    void schemaChange_afterAWrite_followedByMoreStatements(Database db) {
        long before = Author.query().count();   // on MariaDB the first test's row was kept
        new Author("Bob").save();
        db.execute("DROP TABLE IF EXISTS " + TABLE);
        new Author("Cy").save();
        assertThat(Author.query().count()).isEqualTo(before + 2);
    }

    @Test
    @Order(3)
    void schemaChange_thatTheTextDoesNotTell_asTheTestsLastStatement(Database db) {
        new Author("Dee").save();
        db.execute("/* a comment first */ CREATE TABLE " + TABLE + " (id INT)");
    }
}

package org.activerecord4j.testing.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.activerecord4j.ActiveRecordException;
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
 * written before it, so there the tests fail, saying so. Expected: 6 tests; none fails on SQLite and PostgreSQL (the
 * procedure's, MariaDB's only, is skipped there); on MariaDB all but the last two, whose schema change has a syntax error,
 * so the server refuses it before committing anything.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class SchemaChangeSample {

    /** The table the tests create; {@code TestDatabaseTest} drops it where it outlives them. */
    public static final String TABLE = "schema_change_notes";

    /** A procedure that changes the schema, which {@code TestDatabaseTest} creates on MariaDB. */
    public static final String PROCEDURE = "schema_change_in_procedure";

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

    @Test
    @Order(4)
    void schemaChange_inAProcedure_followedByMoreStatements(Database db) {
        assumeTrue(db.url().startsWith("jdbc:mariadb:"), "a stored procedure of MariaDB's");
        new Author("Eve").save();
        db.execute("CALL " + PROCEDURE + "()");
        new Author("Fay").save();
    }

    @Test
    @Order(5)
    void schemaChange_withASyntaxError_commitsNothing(Database db) {
        long before = Author.query().count();
        new Author("Gus").save();
        assertThatThrownBy(() -> db.execute("CREATE TABLE " + TABLE + " id INT")).isInstanceOf(ActiveRecordException.class);
        new Author("Hal").save();
        assertThat(Author.query().count()).isEqualTo(before + 2);
    }

    @Test
    @Order(6)
    void schemaChange_withASyntaxError_asTheTestsFirstStatement_commitsNothing(Database db) {
        assertThatThrownBy(() -> db.execute("CREATE TABLE " + TABLE + " id INT")).isInstanceOf(ActiveRecordException.class);
        new Author("Ian").save();
    }
}

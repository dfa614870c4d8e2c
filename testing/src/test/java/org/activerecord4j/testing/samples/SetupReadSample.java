package org.activerecord4j.testing.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.Database;
import org.activerecord4j.testing.TestDatabase;
import org.activerecord4j.testing.example.Author;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Run by {@code TestDatabaseTest}: a {@code @BeforeEach} that writes no rows (it reads, catches a failed statement and
 * changes the schema) runs in a transaction of its own that commits, so its schema change stays for the test, as
 * before the extension ran such methods in a transaction. Expected: 1 test, passing.
 */
public class SetupReadSample {

    /** The table the {@code @BeforeEach} creates; {@code TestDatabaseTest} drops it afterwards. */
    public static final String TABLE = "setup_read_notes";

    @RegisterExtension
    static final TestDatabase database = TestDatabase.withTables(Author.class);

    @BeforeEach
    void look(Database db) {
        assertThat(Author.query().count()).isZero();
        // On PostgreSQL a failed statement aborts the transaction it runs in: the method's must still commit.
        assertThatThrownBy(() -> db.execute("UPDATE no_such_table SET id = 1")).isInstanceOf(ActiveRecordException.class);
        db.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (id INT)");
    }

    @Test
    void theSetupsSchemaChange_isThere(Database db) {
        db.execute("INSERT INTO " + TABLE + " (id) VALUES (?)", 1);
        new Author("Ann").save();
        assertThat(Author.query().count()).isEqualTo(1);
    }
}

package org.activerecord4j.testing.samples;

import org.activerecord4j.testing.TestDatabase;
import org.activerecord4j.testing.example.Author;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Run by {@code TestDatabaseTest}: an {@code @AfterEach} that writes, after the test's rollback, which the extension refuses. */
public class TeardownWriteSample {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.withTables(Author.class);

    @AfterEach
    void audit() {
        new Author("Audit").save();
    }

    @Test
    void test() {
        // passes; audit() then fails
    }
}

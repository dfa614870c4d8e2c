package org.activerecord4j.testing.samples;

import org.activerecord4j.testing.TestDatabase;
import org.activerecord4j.testing.example.Author;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Run by {@code TestDatabaseTest}: a {@code @BeforeEach} that writes, which the extension refuses. */
public class SetupWriteSample {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.withTables(Author.class);

    @BeforeEach
    void seed() {
        new Author("Ann").save();
    }

    @Test
    void test() {
        // never reached: seed() fails
    }
}

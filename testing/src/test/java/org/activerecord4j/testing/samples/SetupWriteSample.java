package org.activerecord4j.testing.samples;

import static org.assertj.core.api.Assertions.assertThat;

import org.activerecord4j.testing.TestDatabase;
import org.activerecord4j.testing.example.Author;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Run by {@code TestDatabaseTest}: a {@code @BeforeEach} that writes, which the extension refuses, leaving no row
 * behind (its {@code @AfterAll} fails the class otherwise).
 */
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

    @AfterAll
    static void theRefusedRowIsGone() {
        assertThat(Author.query().count()).as("authors left by the refused @BeforeEach").isZero();
    }
}

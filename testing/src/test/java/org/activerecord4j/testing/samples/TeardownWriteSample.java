package org.activerecord4j.testing.samples;

import static org.assertj.core.api.Assertions.assertThat;

import org.activerecord4j.testing.TestDatabase;
import org.activerecord4j.testing.example.Author;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Run by {@code TestDatabaseTest}: an {@code @AfterEach} that writes, after the test's rollback, which the extension
 * refuses, leaving no row behind: the second test finds none (then its own {@code @AfterEach} is refused too), and so
 * does the {@code @AfterAll}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class TeardownWriteSample {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.withTables(Author.class);

    @AfterEach
    void audit() {
        new Author("Audit").save();
    }

    @Test
    @Order(1)
    void aTestThatPasses() {
        // passes; audit() then fails
    }

    @Test
    @Order(2)
    void afterARefusedAfterEach_noRowIsLeft() {
        assertThat(Author.query().count()).as("authors left by the refused @AfterEach").isZero();
    }

    @AfterAll
    static void theRefusedRowsAreGone() {
        assertThat(Author.query().count()).as("authors left by the refused @AfterEach").isZero();
    }
}

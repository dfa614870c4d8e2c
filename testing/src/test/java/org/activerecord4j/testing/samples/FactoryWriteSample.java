package org.activerecord4j.testing.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.activerecord4j.testing.TestDatabase;
import org.activerecord4j.testing.example.Author;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Run by {@code TestDatabaseTest}: a {@code @TestFactory} method that writes before its dynamic tests' transactions
 * open, which the extension refuses, leaving no row behind (its {@code @AfterAll} fails the class otherwise).
 */
public class FactoryWriteSample {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.withTables(Author.class);

    @TestFactory
    List<DynamicTest> tests() {
        new Author("Ann").save();
        return List.of(DynamicTest.dynamicTest("never run: tests() fails", () -> { }));
    }

    @AfterAll
    static void theRefusedRowIsGone() {
        assertThat(Author.query().count()).as("authors left by the refused @TestFactory").isZero();
    }
}

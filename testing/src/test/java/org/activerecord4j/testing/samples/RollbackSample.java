package org.activerecord4j.testing.samples;

import static org.assertj.core.api.Assertions.assertThat;

import org.activerecord4j.Database;
import org.activerecord4j.testing.TestDatabase;
import org.activerecord4j.testing.example.Author;
import org.activerecord4j.testing.example.Book;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Run by {@code TestDatabaseTest}: tests whose writes must not reach the next test. Expected: 5 tests, 1 fails. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class RollbackSample {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.withTables(Author.class, Book.class);

    @Test
    @Order(1)
    void failingTest_isRolledBackToo() {
        new Author("Ann").save();
        throw new AssertionError("failed on purpose after saving Ann");
    }

    @Test
    @Order(2)
    void codesTransactionThatFails_isRolledBack_andTheTestGoesOn(Database db) {
        assertThat(Author.query().count()).isZero();
        try {
            db.transaction(() -> {
                new Author("Bob").save();
                throw new IllegalStateException("the code's transaction fails");
            });
        } catch (IllegalStateException expected) {
            // rolled back to its savepoint, as production rolls it back
        }
        new Author("Cy").save();
        assertThat(Author.query().count()).isEqualTo(1);
    }

    @RepeatedTest(2)
    @Order(3)
    void repeatedTest_startsEmptyEachTime() {
        assertThat(Author.query().count()).isZero();
        Author dee = new Author("Dee");
        dee.save();
        Author.books.add(dee, new Book("Notes"));
        assertThat(Book.query().count()).isEqualTo(1);
    }

    @Test
    @Order(4)
    void lastTest_seesNoRowOfTheOthers() {
        assertThat(Author.query().count()).isZero();
        assertThat(Book.query().count()).isZero();
    }
}

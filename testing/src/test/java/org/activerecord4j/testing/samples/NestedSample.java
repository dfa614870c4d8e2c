package org.activerecord4j.testing.samples;

import static org.assertj.core.api.Assertions.assertThat;

import org.activerecord4j.Database;
import org.activerecord4j.testing.TestDatabase;
import org.activerecord4j.testing.example.Author;
import org.activerecord4j.testing.example.Book;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Run by {@code TestDatabaseNestedTest}: a class with a {@code @Nested} class, both using the outer extension. */
public class NestedSample {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.withTables(Author.class, Book.class);

    @Test
    void outerTest() {
        new Author("Ann").save();
        assertThat(Author.query().count()).isEqualTo(1);
    }

    @Nested
    class Inner {
        @Test
        void innerTest(Database db) {
            assertThat(db).isSameAs(database.database());
            assertThat(Author.query().count()).isZero();
        }
    }
}

package org.activerecord4j.testing.example;

import org.activerecord4j.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

// tag::example[]
class AuthorTest {
    @RegisterExtension
    static final TestDatabase database = TestDatabase.withTables(Author.class, Book.class);

    @Test
    void books_loadWithTheirAuthors_inTwoStatements() {
        Author ann = new Author("Ann");
        ann.save();                                      // rolled back when the test ends
        Author.books.add(ann, new Book("Intro"));
        database.assertStatements(2, () -> Author.query().with("books").all().get(0).books());
    }
}
// end::example[]

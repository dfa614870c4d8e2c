package org.activerecord4j.testing.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.activerecord4j.ActiveRecord;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.Database;
import org.activerecord4j.testing.TestDatabase;
import org.activerecord4j.testing.example.AsyncAuthor;
import org.activerecord4j.testing.example.Author;
import org.activerecord4j.testing.example.Book;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Run by {@code TestDatabaseTest}: a statement of the code under test that fails outside any transaction of the
 * code (a duplicate key the test expects and catches) fails alone, as it does in production's auto-commit, and the
 * test goes on with more statements. Expected: every test passes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class StatementFailureSample {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.withTables(Author.class, Book.class);

    @Test
    @Order(1)
    void duplicateKeySave_caught_theTestGoesOn(Database db) {
        Author ann = new Author("Ann");
        ann.save();
        Author duplicate = new Author("a second Ann");
        duplicate.id = ann.id;

        assertThatThrownBy(duplicate::save).isInstanceOf(ActiveRecordException.class);

        new Author("Bob").save();
        assertThat(Author.findOne(ann.id).name).isEqualTo("Ann");
        assertThat(Author.query().all()).extracting(author -> author.name).containsExactlyInAnyOrder("Ann", "Bob");
        // A multi-row INSERT whose second row fails writes none of its rows, as in auto-commit.
        assertThatThrownBy(() -> db.execute("INSERT INTO authors (id, name) VALUES (?, ?), (?, ?)",
                ann.id + 1000, "Cy", ann.id, "a third Ann")).isInstanceOf(ActiveRecordException.class);
        assertThat(Author.query().all()).extracting(author -> author.name).containsExactlyInAnyOrder("Ann", "Bob");
        ActiveRecord.transaction(() -> new Author("Dee").save());
        assertThat(Author.query().count()).isEqualTo(3);
    }

    @Test
    @Order(2)
    void failedSaveAll_caught_leavesNoneOfItsRows_andTheTestGoesOn() {
        Author ann = new Author("Ann");
        ann.save();
        Author duplicate = new Author("a second Ann");
        duplicate.id = ann.id;

        assertThatThrownBy(() -> ActiveRecord.saveAll(List.of(new Author("Bob"), duplicate, new Author("Cy"))))
                .isInstanceOf(ActiveRecordException.class);

        assertThat(Author.query().all()).extracting(author -> author.name).containsExactly("Ann");
        ActiveRecord.saveAll(List.of(new Author("Dee"), new Author("Eve")));
        assertThat(Author.query().count()).isEqualTo(3);
    }

    @Test
    @Order(3)
    void failedStatementsBesideAndOfASyncStream_caught_theTestGoesOn() {
        Author ann = new Author("Ann");
        ann.save();
        Author bob = new Author("Bob");
        bob.save();

        List<String> read = new ArrayList<>();
        try (Stream<Author> authors = Author.query().stream(1)) {
            authors.forEach(author -> {
                Author duplicate = new Author("a second " + author.name);
                duplicate.id = author.id;
                assertThatThrownBy(duplicate::save).isInstanceOf(ActiveRecordException.class);
                read.add(author.name);
                assertThat(Author.findOne(author.id).name).isEqualTo(author.name);
            });
        }
        assertThat(read).containsExactlyInAnyOrder("Ann", "Bob");
        // Division by zero fails the query on PostgreSQL (SQLite and MariaDB give NULL: no row), when it opens or
        // on a later fetch.
        try (Stream<Author> failing = Author.query().where("1 / (id - id) = 1").stream()) {
            assertThat(failing.count()).isZero();
        } catch (ActiveRecordException failedOnPostgresql) {
            assertThat(db().dialectName()).isEqualTo("postgresql");
        }
        try (Stream<Author> failing = Author.query().where("1 / (id - ?) <> 0", bob.id).stream(1)) {
            assertThat(failing.map(author -> author.name)).containsExactly("Ann");
        } catch (ActiveRecordException failedOnPostgresql) {
            assertThat(db().dialectName()).isEqualTo("postgresql");
        }

        new Author("Cy").save();
        assertThat(Author.query().all()).extracting(author -> author.name).containsExactlyInAnyOrder("Ann", "Bob", "Cy");
    }

    @Test
    @Order(4)
    void failedPlainAsyncCall_caught_theTestGoesOn() {
        AsyncAuthor ann = new AsyncAuthor("Ann").save().join();
        AsyncAuthor duplicate = new AsyncAuthor("a second Ann");
        duplicate.id = ann.id;

        assertThatThrownBy(() -> duplicate.save().join()).isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(ActiveRecordException.class);
        assertThat(AsyncAuthor.query().count().join()).isEqualTo(1);
        new AsyncAuthor("Bob").save().join();

        // A failing call and the calls made after it, not yet joined.
        AsyncAuthor again = new AsyncAuthor("a third Ann");
        again.id = ann.id;
        CompletableFuture<AsyncAuthor> failing = again.save();
        CompletableFuture<AsyncAuthor> cy = new AsyncAuthor("Cy").save();
        CompletableFuture<Long> count = AsyncAuthor.query().count();
        assertThatThrownBy(failing::join).isInstanceOf(CompletionException.class);
        assertThat(cy.join().id).isNotNull();
        assertThat(count.join()).isEqualTo(3);
        new Author("Dee").save();
        assertThat(Author.query().all()).extracting(author -> author.name).containsExactlyInAnyOrder("Ann", "Bob", "Cy", "Dee");
    }

    @Test
    @Order(5)
    void lastTest_seesNoRowOfTheOthers() {
        assertThat(Author.query().count()).isZero();
    }

    private static Database db() {
        return database.database();
    }
}

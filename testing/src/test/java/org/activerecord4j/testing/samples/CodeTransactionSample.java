package org.activerecord4j.testing.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.activerecord4j.ActiveRecord;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.AsyncActiveRecord;
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
 * Run by {@code TestDatabaseTest}: the code under test runs transactions of its own inside the test's, and they
 * must end as they would in production (a failed one leaves no row and restores its records; a successful one
 * keeps its rows until the test's rollback). Expected: every test passes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class CodeTransactionSample {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.withTables(Author.class, Book.class);

    @Test
    @Order(1)
    void failedTransaction_caughtByTheTest_leavesNoRow_andRestoresItsRecords() {
        Author ann = new Author("Ann");

        assertThatThrownBy(() -> ActiveRecord.transaction(() -> {
            ann.save();
            throw new IllegalStateException("the code's transaction fails");
        })).isInstanceOf(IllegalStateException.class).hasMessage("the code's transaction fails");

        assertThat(Author.query().count()).isZero();
        assertThat(ann.isNewRecord()).isTrue();
        assertThat(ann.id).isNull();
        new Author("Bob").save();   // the test goes on in its own transaction
        assertThat(Author.query().count()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void failedTransaction_thatUpdatedARecordTheTestSaved_putsRowAndRecordBack(Database db) {
        Author ann = new Author("Ann");
        ann.save();

        assertThatThrownBy(() -> db.transaction(() -> {
            ann.name = "Anna";
            ann.save();
            new Author("Bob").save();
            throw new IllegalStateException("the code's transaction fails");
        })).hasMessage("the code's transaction fails");

        assertThat(Author.query().all()).extracting(author -> author.name).containsExactly("Ann");
        assertThat(ann.isNewRecord()).isFalse();
        assertThat(ann.changedColumns()).containsExactly("name");   // the update was undone, so it is pending again
    }

    @Test
    @Order(3)
    void successfulTransaction_keepsItsRows_untilTheTestEnds(Database db) {
        Author cy = db.transaction(() -> {
            Author saved = new Author("Cy");
            saved.save();
            return saved;
        });
        ActiveRecord.transaction(() -> new Author("Dee").save());

        assertThat(cy.isNewRecord()).isFalse();
        assertThat(Author.query().count()).isEqualTo(2);
    }

    @Test
    @Order(4)
    void nestedTransactionThatFails_rollsTheCodesWholeTransactionBack(Database db) {
        Author eve = new Author("Eve");

        assertThatThrownBy(() -> ActiveRecord.transaction(() -> {
            eve.save();
            db.transaction(() -> new Author("Fay").save());   // joins, and succeeds
            try {
                db.transaction(() -> {
                    new Author("Gus").save();
                    throw new IllegalStateException("the nested block fails");
                });
            } catch (IllegalStateException caught) {
                // the code goes on, but its transaction is doomed, as in production
            }
            new Author("Hal").save();
        })).isInstanceOf(ActiveRecordException.class)
                .hasMessage("Transaction rolled back: a nested transaction block failed with "
                        + "java.lang.IllegalStateException: the nested block fails");

        assertThat(Author.query().count()).isZero();
        assertThat(eve.isNewRecord()).isTrue();
        new Author("Ivy").save();
        assertThat(Author.query().count()).isEqualTo(1);
    }

    @Test
    @Order(5)
    void caughtFailedStatement_endsTheTransactionAsInProduction(Database db) {
        Author ann = new Author("Ann");
        ann.save();
        Author bob = new Author("Bob");

        Runnable code = () -> db.transaction(() -> {
            bob.save();
            try {
                db.execute("INSERT INTO authors (id, name) VALUES (?, ?)", ann.id, "a second Ann");   // duplicate key
            } catch (ActiveRecordException caught) {
                // the code goes on
            }
        });

        if (db.dialectName().equals("postgresql")) {
            // A failed statement aborts the whole transaction: production rolls it back and says so.
            assertThatThrownBy(code::run).isInstanceOf(ActiveRecordException.class)
                    .hasMessageStartingWith("Transaction rolled back: a statement failed inside it, and on ");
            assertThat(bob.isNewRecord()).isTrue();
            assertThat(Author.query().all()).extracting(author -> author.name).containsExactly("Ann");
        } else {
            // SQLite and MariaDB undo only the failed statement: the transaction commits Bob.
            code.run();
            assertThat(bob.isNewRecord()).isFalse();
            assertThat(Author.query().all()).extracting(author -> author.name).containsExactly("Ann", "Bob");
        }
        new Author("Cy").save();   // the test's transaction is usable again
        assertThat(Author.query().count()).isEqualTo(db.dialectName().equals("postgresql") ? 2 : 3);
    }

    @Test
    @Order(6)
    void failedAsyncTransaction_caughtByTheTest_leavesNoRow_andRestoresItsRecords(Database db) {
        AsyncAuthor ann = new AsyncAuthor("Ann");
        AsyncAuthor bob = new AsyncAuthor("Bob");

        CompletableFuture<AsyncAuthor> failed = AsyncActiveRecord.transaction(() -> ann.save()
                .thenCompose(saved -> CompletableFuture.<AsyncAuthor>failedFuture(new IllegalStateException("the code's async transaction fails"))));
        assertThatThrownBy(failed::join).isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(IllegalStateException.class).hasMessage("the code's async transaction fails");
        CompletableFuture<AsyncAuthor> failedOnDb = db.transactionAsync(() -> bob.save()
                .thenCompose(saved -> CompletableFuture.<AsyncAuthor>failedFuture(new IllegalStateException("on db too"))));
        assertThatThrownBy(failedOnDb::join).isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(IllegalStateException.class).hasMessage("on db too");

        assertThat(Author.query().count()).isZero();
        assertThat(ann.isNewRecord()).isTrue();
        assertThat(ann.id).isNull();
        assertThat(bob.isNewRecord()).isTrue();
        new Author("Cy").save();
        assertThat(Author.query().count()).isEqualTo(1);
    }

    @Test
    @Order(7)
    void successfulAsyncTransaction_keepsItsRows_untilTheTestEnds() {
        AsyncAuthor dee = AsyncActiveRecord.transaction(() -> new AsyncAuthor("Dee").save()).join();

        assertThat(dee.isNewRecord()).isFalse();
        assertThat(Author.query().all()).extracting(author -> author.name).containsExactly("Dee");
    }

    @Test
    @Order(8)
    void transactionStartedWhileAnAsyncOneIsOpen_failsNamingTheFix() {
        CompletableFuture<Void> release = new CompletableFuture<>();
        CompletableFuture<Void> open = AsyncActiveRecord.transaction(() -> release);

        assertThatThrownBy(() -> ActiveRecord.transaction(() -> new Author("Eve").save()))
                .isInstanceOf(ActiveRecordException.class)
                .hasMessageStartingWith("A transaction was started while another transaction of the code under test "
                        + "was still open in the test's transaction on ")
                .hasMessageEndingWith("wait for the first one (join its future) before starting the next");
        release.complete(null);
        open.join();
        ActiveRecord.transaction(() -> new Author("Fay").save());
        assertThat(Author.query().all()).extracting(author -> author.name).containsExactly("Fay");
    }

    @Test
    @Order(9)
    void lastTest_seesNoRowOfTheOthers() {
        assertThat(Author.query().count()).isZero();
    }
}

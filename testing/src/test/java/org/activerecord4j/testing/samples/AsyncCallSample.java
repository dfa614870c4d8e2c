package org.activerecord4j.testing.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.activerecord4j.ActiveRecord;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.testing.TestDatabase;
import org.activerecord4j.testing.example.AsyncAuthor;
import org.activerecord4j.testing.example.AsyncBook;
import org.activerecord4j.testing.example.Author;
import org.activerecord4j.testing.example.Book;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Run by {@code TestDatabaseTest}: the test and the code under test make plain async calls (outside any async
 * transaction), which must work as in production, in the test's transaction, and be rolled back with it.
 * Expected: 6 tests, and only {@code streamNotReadToItsEnd_failsTheTest} fails, saying a call was still pending.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class AsyncCallSample {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.withTables(Author.class, Book.class);

    /** The stream the failing test leaves open, which the next test reads on. */
    private static Collector<AsyncAuthor> leftOpen;

    @Test
    @Order(1)
    void asyncSave_findOne_relationRead_andStream_runInTheTestsTransaction() {
        Author tom = new Author("Tom");
        tom.save();                                                   // the test's own sync write
        AsyncAuthor ann = new AsyncAuthor("Ann");

        assertThat(ann.save().join()).isSameAs(ann);
        AsyncBook intro = new AsyncBook("Intro");
        intro.authorId = ann.id;
        intro.save().join();

        assertThat(AsyncAuthor.findOne(tom.id).join().name).isEqualTo("Tom");   // sees the test's row
        AsyncBook loaded = AsyncBook.findOne(intro.id).join();
        assertThat(loaded.author().join().name).isEqualTo("Ann");
        assertThat(AsyncAuthor.findOne(ann.id).join().books().join()).extracting(book -> book.title).containsExactly("Intro");
        assertThat(AsyncAuthor.query().all().join()).extracting(author -> author.name).containsExactlyInAnyOrder("Tom", "Ann");
        assertThat(Collector.all(AsyncAuthor.query().stream()).done.orTimeout(30, TimeUnit.SECONDS).join()).extracting(author -> author.name)
                .containsExactlyInAnyOrder("Tom", "Ann");
        // A call made by a stage chained on another call's future, on whatever thread completed it.
        String chained = new AsyncAuthor("Bob").save().thenCompose(bob -> AsyncAuthor.findOne(bob.id))
                .thenApply(found -> found.name).join();
        assertThat(chained).isEqualTo("Bob");
        assertThat(Author.query().count()).isEqualTo(3);              // the test's sync read sees the async writes
    }

    @Test
    @Order(2)
    void syncStatementOfTheTest_waitsForTheAsyncCallsMadeBeforeIt() {
        List<CompletableFuture<AsyncAuthor>> saves = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            saves.add(new AsyncAuthor("Author " + i).save());
        }

        assertThat(Author.query().count()).isEqualTo(5);
        new Author("Sync").save();
        assertThat(AsyncAuthor.query().count().join()).isEqualTo(6);
        CompletableFuture.allOf(saves.toArray(CompletableFuture[]::new)).join();
        // The test's sync stream and the async calls its consumer waits for take turns on the connection.
        try (Stream<Author> authors = Author.query().stream()) {
            authors.forEach(author -> assertThat(AsyncAuthor.findOne(author.id).join().name).isEqualTo(author.name));
        }
    }

    @Test
    @Order(3)
    void asyncCallInsideASyncTransactionBlock_failsAsInProduction() {
        CompletableFuture<AsyncAuthor> call = ActiveRecord.transaction(() -> AsyncAuthor.findOne(1L));

        assertThatThrownBy(call::join).isInstanceOf(CompletionException.class).cause()
                .isInstanceOf(ActiveRecordException.class)
                .hasMessageStartingWith("An async call was made inside a sync transaction block");
    }

    @Test
    @Order(4)
    void streamNotReadToItsEnd_failsTheTest() {
        new Author("Ann").save();
        new Author("Bob").save();

        leftOpen = Collector.requesting(AsyncAuthor.query().stream(), 1);
        CompletableFuture.anyOf(leftOpen.first, leftOpen.done).orTimeout(30, TimeUnit.SECONDS).join();
        assertThat(leftOpen.first).isDone();
        // The test ends with the stream neither read to its end nor cancelled.
    }

    @Test
    @Order(5)
    void laterStepsOfAStreamTheTestLeftOpen_failInsteadOfRunningOnAReturnedConnection() {
        assertThat(leftOpen.first).isDone();
        leftOpen.subscription.request(1);

        assertThatThrownBy(() -> leftOpen.done.orTimeout(30, TimeUnit.SECONDS).join()).isInstanceOf(CompletionException.class).cause()
                .isInstanceOf(ActiveRecordException.class)
                .hasMessageStartingWith("The test's transaction on ")
                .hasMessageContaining("has ended (rolled back), so a statement of an async call the test did not wait for "
                        + "cannot run in it");
        assertThat(leftOpen.records).hasSize(1);
    }

    @Test
    @Order(6)
    void lastTest_seesNoRowOfTheOthers() {
        assertThat(Author.query().count()).isZero();
        assertThat(AsyncBook.query().count().join()).isZero();
    }

    /** Collects what a publisher signals. */
    static final class Collector<T> implements Flow.Subscriber<T> {
        final List<T> records = new ArrayList<>();
        final CompletableFuture<T> first = new CompletableFuture<>();
        final CompletableFuture<List<T>> done = new CompletableFuture<>();
        private final long request;
        volatile Flow.Subscription subscription;

        private Collector(long request) {
            this.request = request;
        }

        static <T> Collector<T> all(Flow.Publisher<T> publisher) {
            return requesting(publisher, Long.MAX_VALUE);
        }

        static <T> Collector<T> requesting(Flow.Publisher<T> publisher, long request) {
            Collector<T> collector = new Collector<>(request);
            publisher.subscribe(collector);
            return collector;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(request);
        }

        @Override
        public void onNext(T record) {
            records.add(record);
            first.complete(record);
        }

        @Override
        public void onError(Throwable failure) {
            done.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            done.complete(records);
        }
    }
}

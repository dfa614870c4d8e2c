package org.activerecord4j.async;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.Database;
import org.activerecord4j.models.async.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestPools;
import org.activerecord4j.testing.TestSchema;
import org.assertj.core.api.SoftAssertions;

/**
 * A call of an async transaction's chain whose future the application cancels (or times out with
 * {@code orTimeout}) while its statement runs: its caller was told the call did not happen, yet the statement may
 * have written. So a chain that catches the cancellation and goes on must not commit: the transaction rolls back,
 * restores its records, and fails naming why. Here the call is an UPDATE waiting for a row (on SQLite: the write
 * lock) that another transaction holds, so it is sure to be running when the cancel comes; the other transaction
 * then gives way and the UPDATE goes through. (AsyncCancellationTest has calls cancelled before they started,
 * which do not run and leave the transaction free to commit.)
 */
class AsyncStepEndedWhileRunningTest {

    private static final String ROLLED_BACK = "Transaction rolled back: a call of its chain was cancelled or timed out "
            + "(its future ended early) while its statements ran, so the caller was told it failed though it may have "
            + "written; the transaction can only roll back. Let the failure end the chain, or cancel the transaction's "
            + "own future to stop it";
    private static final String NESTED_ROLLED_BACK = "Transaction rolled back: a nested transaction of its chain was "
            + "cancelled or timed out (its future ended early) while its work ran, so the caller was told it failed though "
            + "it may have written; the transaction can only roll back. Let the failure end the chain, or cancel the "
            + "transaction's own future to stop it";

    @DatabaseTest
    void saveCancelledWhileItWaitsForALock_chainGoesOn_transactionRollsBack_andRestoresTheRecord(Database database)
            throws Exception {
        Outcome outcome = run(database, saving -> saving.cancel(true), body -> body);

        assertThat(outcome.cancelResult).as("cancel of the running save").isTrue();
        assertRolledBack(outcome);
    }

    @DatabaseTest
    void saveTimedOutWhileItWaitsForALock_inANestedTransaction_outerTransactionRollsBack(Database database)
            throws Exception {
        Outcome outcome = run(database, saving -> {
            saving.orTimeout(1, TimeUnit.MILLISECONDS);
            return waitUntilDone(saving);
        }, body -> () -> AsyncActiveRecord.transaction(body));

        assertThat(outcome.cancelResult).as("the running save timed out").isTrue();
        assertRolledBack(outcome);
    }

    @DatabaseTest
    void nestedTransactionCancelledWhileItsSaveWaitsForALock_chainGoesOn_outerTransactionRollsBack(Database database)
            throws Exception {
        AtomicReference<CompletableFuture<String>> nested = new AtomicReference<>();
        Outcome outcome = run(database, saving -> nested.get().cancel(true), body -> () -> {
            nested.set(AsyncActiveRecord.transaction(body));
            return nested.get().handle((value, failure) -> "went on after " + failure);
        });

        assertThat(outcome.cancelResult).as("cancel of the running nested transaction").isTrue();
        assertRolledBack(outcome, NESTED_ROLLED_BACK);
    }

    private static void assertRolledBack(Outcome outcome) {
        assertRolledBack(outcome, ROLLED_BACK);
    }

    private static void assertRolledBack(Outcome outcome, String message) {
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(outcome.rowName).as("Ann's name in the database").isEqualTo("Ann");
            softly.assertThat(outcome.ann.name).isEqualTo("Annie");
            softly.assertThat(outcome.ann.changedColumns()).as("the change that was not committed is pending again")
                    .containsExactly("name");
            softly.assertThat(outcome.failure).as("the transaction's outcome (its value was: " + outcome.value + ")")
                    .isInstanceOf(ActiveRecordException.class).hasMessage(message);
        });
    }

    private record Outcome(User ann, boolean cancelResult, String value, Throwable failure, String rowName) {
    }

    /**
     * Holds Ann's row from another transaction, saves a change of Ann in an async transaction (in {@code around} of
     * its body), ends the save's future with {@code end} while it waits for the row, lets the chain go on, then lets
     * the other transaction give way.
     */
    private static Outcome run(Database database, Function<CompletableFuture<User>, Boolean> end,
            Function<Supplier<CompletableFuture<String>>, Supplier<CompletableFuture<String>>> around) throws Exception {
        try (Database pool = TestPools.builderLike(database).maximumPoolSize(2).acquireTimeout(Duration.ofSeconds(10))
                .lockTimeout(Duration.ofSeconds(20)).build()) {
            TestSchema.recreate(pool, User.class);
            User ann = pool.use(() -> new User("Ann", 31).save()).get(10, TimeUnit.SECONDS);
            User annElsewhere = pool.use(() -> User.findOneOrThrow(ann.id)).get(10, TimeUnit.SECONDS);

            CompletableFuture<Void> giveWay = new CompletableFuture<>();
            CompletableFuture<Void> holding = new CompletableFuture<>();
            annElsewhere.age = 32;
            CompletableFuture<Void> holder = pool.transactionAsync(() -> annElsewhere.save().thenCompose(saved -> {
                holding.complete(null);
                return giveWay;
            }));
            holding.get(10, TimeUnit.SECONDS);

            ann.name = "Annie";
            AtomicReference<CompletableFuture<User>> saving = new AtomicReference<>();
            Supplier<CompletableFuture<String>> body = () -> {
                CompletableFuture<User> save = ann.save();
                saving.set(save);
                return save.handle((saved, failure) -> failure == null ? "saved" : "went on after " + failure);
            };
            CompletableFuture<String> transaction = pool.transactionAsync(around.apply(body));
            awaitWaitingForTheRow(pool);

            boolean ended = end.apply(saving.get());
            giveWay.completeExceptionally(new IllegalStateException("the holder gives way"));
            holder.handle((value, failure) -> null).get(30, TimeUnit.SECONDS);

            String value = null;
            Throwable failure = null;
            try {
                value = transaction.get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                failure = e.getCause();
            }
            String rowName = pool.use(() -> User.findOneOrThrow(ann.id)).get(10, TimeUnit.SECONDS).name;
            awaitNoActiveConnection(pool);
            return new Outcome(ann, ended, value, failure, rowName);
        }
    }

    private static boolean waitUntilDone(CompletableFuture<User> future) {
        try {
            future.handle((value, failure) -> null).get(10, TimeUnit.SECONDS);
            return future.isCompletedExceptionally();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Waits (10 s at most) until the transaction has its connection, then a little more for its save to wait. */
    private static void awaitWaitingForTheRow(Database pool) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (TestPools.activeConnections(pool) < 2 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(TestPools.activeConnections(pool)).as("the holder's and the transaction's connections").isEqualTo(2);
        Thread.sleep(300);
    }

    private static void awaitNoActiveConnection(Database pool) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (TestPools.activeConnections(pool) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(TestPools.activeConnections(pool)).as("connections still lent out").isZero();
    }
}

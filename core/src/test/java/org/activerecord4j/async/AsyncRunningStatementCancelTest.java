package org.activerecord4j.async;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.activerecord4j.Database;
import org.activerecord4j.models.async.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestPools;
import org.activerecord4j.testing.TestSchema;

/**
 * An async call whose future the application cancels (or times out with {@code orTimeout}) while its statement
 * already runs asks the driver to cancel that statement ({@code Statement.cancel()}), so the server stops it and
 * the connection goes back to the pool, clean, well before the statement would have ended by itself; the
 * future completes as the application ended it. (AsyncCancellationTest has the calls ended before they ran.)
 */
class AsyncRunningStatementCancelTest {

    /** How long the slow statement runs when nothing stops it (SQLite's: about that long, or longer). */
    private static final int SLOW_SECONDS = 20;
    /** How soon after the cancel the connection must be back: far less than the statement's own time. */
    private static final Duration BACK_WITHIN = Duration.ofSeconds(5);

    @DatabaseTest
    void cancelledWhileItsStatementRuns_stopsTheStatement_andGivesTheConnectionBackClean(Database database)
            throws Exception {
        try (Database pool = onePool(database)) {
            CompletableFuture<List<User>> slow = pool.use(() -> User.query().where(slowCondition(pool)).all());
            awaitStatementRunning(pool);

            assertThat(slow.cancel(true)).isTrue();

            assertConnectionBackSoon(pool);
            assertThat(slow).isCancelled();
            assertThat(catchFailure(slow)).isInstanceOf(CancellationException.class);
            assertThat(pool.use(() -> User.query().count()).get(10, TimeUnit.SECONDS)).as("rows, on the same connection")
                    .isEqualTo(1L);
        }
    }

    @DatabaseTest
    void timedOutWhileItsStatementRuns_stopsTheStatement_andGivesTheConnectionBackClean(Database database)
            throws Exception {
        try (Database pool = onePool(database)) {
            CompletableFuture<Long> slow = pool.use(() -> User.query().where(slowCondition(pool)).count())
                    .orTimeout(1, TimeUnit.SECONDS);
            awaitStatementRunning(pool);

            assertThat(catchFailure(slow)).isInstanceOf(TimeoutException.class);

            assertConnectionBackSoon(pool);
            assertThat(pool.use(() -> User.query().count()).get(10, TimeUnit.SECONDS)).as("rows, on the same connection")
                    .isEqualTo(1L);
        }
    }

    @DatabaseTest
    void transactionCancelledWhileItsStatementRuns_stopsTheStatement_rollsBack_andGivesTheConnectionBack(Database database)
            throws Exception {
        try (Database pool = onePool(database)) {
            User bob = new User("Bob", 40);
            CompletableFuture<List<User>> transaction = pool.transactionAsync(() -> bob.save()
                    .thenCompose(saved -> User.query().where(slowCondition(pool)).all()));
            awaitStatementRunning(pool);
            Thread.sleep(500);   // the insert ran before the slow read, which runs now

            assertThat(transaction.cancel(true)).isTrue();

            assertConnectionBackSoon(pool);
            assertThat(pool.use(() -> User.query().count()).get(10, TimeUnit.SECONDS)).as("rows: Bob's insert rolled back")
                    .isEqualTo(1L);
            assertThat(bob.isNewRecord()).isTrue();
        }
    }

    /** A database of one connection holding one user, so that the slow condition runs once. */
    private static Database onePool(Database database) throws Exception {
        Database pool = TestPools.builderLike(database).maximumPoolSize(1).acquireTimeout(Duration.ofSeconds(30)).build();
        TestSchema.recreate(pool, User.class);
        pool.use(() -> new User("Ann", 31).save()).get(10, TimeUnit.SECONDS);
        return pool;
    }

    /** A condition that holds after {@link #SLOW_SECONDS} seconds of work on the database, for one row. */
    private static String slowCondition(Database database) {
        return switch (database.dialectName()) {
            case "postgresql" -> "pg_sleep(" + SLOW_SECONDS + ") IS NOT NULL";
            case "sqlite" -> "(WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < "
                    + SLOW_SECONDS * 10_000_000L + ") SELECT count(*) FROM n) > 0";
            default -> "SLEEP(" + SLOW_SECONDS + ") = 0";
        };
    }

    /** Waits (10 s at most) until the pool's connection is lent out, then a little more for the statement to start. */
    private static void awaitStatementRunning(Database pool) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (TestPools.activeConnections(pool) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(TestPools.activeConnections(pool)).as("the slow call's connection").isEqualTo(1);
        Thread.sleep(300);
    }

    private static void assertConnectionBackSoon(Database pool) throws InterruptedException {
        long deadline = System.nanoTime() + BACK_WITHIN.toNanos();
        while (TestPools.activeConnections(pool) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(TestPools.activeConnections(pool)).as("connections still lent out " + BACK_WITHIN.toSeconds()
                + " s after the cancel; the statement would run " + SLOW_SECONDS + " s").isZero();
    }

    private static Throwable catchFailure(CompletableFuture<?> future) {
        try {
            future.get(10, TimeUnit.SECONDS);
            return null;
        } catch (java.util.concurrent.ExecutionException failure) {
            return failure.getCause();
        } catch (Exception other) {
            return other;
        }
    }
}

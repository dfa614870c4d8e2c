package org.activerecord4j.async;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.Database;
import org.activerecord4j.models.async.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestPools;
import org.activerecord4j.testing.TestSchema;

/**
 * Cancelling an {@code AsyncQuery.stream()} subscription while one of its steps runs a slow statement (the query
 * that opens the cursor, or a read of a later batch) cancels that statement, as cancelling an async call's future
 * does (AsyncRunningStatementCancelTest): the connection goes back to the pool, clean, well before the statement
 * would have ended by itself, instead of after it.
 */
class AsyncStreamRunningStatementCancelTest {

    /** How long the slow statement runs when nothing stops it (SQLite's: about that long, or longer). */
    private static final int SLOW_SECONDS = 20;
    /** How soon after the cancel the connection must be back: far less than the statement's own time. */
    private static final Duration BACK_WITHIN = Duration.ofSeconds(5);
    /** How long PostgreSQL's slow row takes, where a cancel cannot stop a cursor's later fetch. */
    private static final int PG_FETCH_SECONDS = 3;
    private static final int ANNS = 3_000;

    @DatabaseTest
    void cancelledWhileTheQueryThatOpensTheCursorRuns_stopsIt_andGivesTheConnectionBackClean(Database database)
            throws Exception {
        try (Database pool = onePool(database)) {
            RecordingSubscriber<User> subscriber = new RecordingSubscriber<>(1);
            pool.use(() -> User.query().where(slowCondition(pool, "name = 'Nobody'")).stream(1))
                    .subscribe(subscriber);
            awaitStatementRunning(pool);

            subscriber.cancel();

            assertConnectionBackSoon(pool);
            assertThat(subscriber.received()).isEmpty();
            assertThat(subscriber.ended()).as("a cancelled subscription is not signalled its end").isFalse();
            assertThat(pool.use(() -> User.query().count()).get(10, TimeUnit.SECONDS)).as("rows, on the same connection")
                    .isEqualTo(ANNS + 1L);
        }
    }

    @DatabaseTest
    void cancelledWhileALaterBatchIsRead_stopsTheRead_andGivesTheConnectionBackClean(Database database)
            throws Exception {
        // pgjdbc's Statement.cancel() does not reach a cursor's later fetches (it cancels only while executeQuery runs):
        // there the slow row takes a shorter while, and the connection comes back when its statement ends.
        boolean postgresql = database.dialectName().equals("postgresql");
        int slowSeconds = postgresql ? PG_FETCH_SECONDS : SLOW_SECONDS;
        try (Database pool = onePool(database)) {
            CompletableFuture<Void> first = new CompletableFuture<>();
            RecordingSubscriber<User> subscriber = new RecordingSubscriber<User>(0)
                    .onEach((self, user) -> first.complete(null));
            // Ann's rows need no work; Bob's, read by a later step, runs the slow condition (no ORDER BY, which
            // would make the database read every row before the first: rows come in the order they were written).
            pool.use(() -> User.query().where(slowCondition(pool, "name = 'Ann'", slowSeconds)).stream(100))
                    .subscribe(subscriber);
            subscriber.request(1);
            first.get(10, TimeUnit.SECONDS);
            subscriber.request(ANNS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (subscriber.received().size() < ANNS - 500 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            Thread.sleep(500);   // a later step's read, of Bob's row, runs now

            subscriber.cancel();

            assertConnectionBack(pool, postgresql ? BACK_WITHIN.plusSeconds(slowSeconds) : BACK_WITHIN);
            // MariaDB sends the rows before Bob's only as its network buffer fills: some may never come.
            List<String> names = subscriber.received().stream().map(user -> user.name).toList();
            // On PostgreSQL the fetch the cancel could not stop may end in Bob's row, which the step then hands on
            // (Reactive Streams lets a cancel take effect after a last onNext).
            List<String> beforeBob = postgresql && !names.isEmpty() && names.get(names.size() - 1).equals("Bob")
                    ? names.subList(0, names.size() - 1) : names;
            assertThat(beforeBob).isNotEmpty().containsOnly("Ann");
            assertThat(subscriber.ended()).as("a cancelled subscription is not signalled its end").isFalse();
            assertThat(pool.use(() -> User.query().count()).get(10, TimeUnit.SECONDS)).as("rows, on the same connection")
                    .isEqualTo(ANNS + 1L);
        }
    }

    /**
     * A database of one connection holding {@link #ANNS} users named Ann, then Bob: enough rows before Bob's for
     * MariaDB to send the first of them (it sends rows when its network buffer of 16 KB fills) before it reaches his.
     */
    private static Database onePool(Database database) throws Exception {
        Database pool = TestPools.builderLike(database).maximumPoolSize(1).acquireTimeout(Duration.ofSeconds(30)).build();
        TestSchema.recreate(pool, User.class);
        List<User> users = new ArrayList<>();
        for (int i = 0; i < ANNS; i++) {
            users.add(new User("Ann", 31));
        }
        pool.use(() -> AsyncActiveRecord.saveAll(users)).get(30, TimeUnit.SECONDS);
        pool.use(() -> new User("Bob", 40).save()).get(10, TimeUnit.SECONDS);
        return pool;
    }

    /**
     * A condition that holds at once for the rows {@code fast} holds for, and after {@link #SLOW_SECONDS} seconds of
     * work on the database for the others (each database evaluates OR's operands in order).
     */
    private static String slowCondition(Database database, String fast) {
        return slowCondition(database, fast, SLOW_SECONDS);
    }

    private static String slowCondition(Database database, String fast, int seconds) {
        String slow = switch (database.dialectName()) {
            case "postgresql" -> "pg_sleep(" + seconds + ") IS NOT NULL";
            case "sqlite" -> "(WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < "
                    + seconds * 10_000_000L + " + 0 * users.id) SELECT count(*) FROM n) > 0";
            default -> "SLEEP(" + seconds + ") = 0";
        };
        return "(" + fast + " OR " + slow + ")";
    }

    /** Waits (10 s at most) until the pool's connection is lent out, then a little more for the statement to start. */
    private static void awaitStatementRunning(Database pool) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (TestPools.activeConnections(pool) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(TestPools.activeConnections(pool)).as("the stream's connection").isEqualTo(1);
        Thread.sleep(300);
    }

    private static void assertConnectionBackSoon(Database pool) throws InterruptedException {
        assertConnectionBack(pool, BACK_WITHIN);
    }

    private static void assertConnectionBack(Database pool, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (TestPools.activeConnections(pool) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(TestPools.activeConnections(pool)).as("connections still lent out " + within.toSeconds()
                + " s after the cancel; the statement would run " + SLOW_SECONDS + " s").isZero();
    }
}

package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.PlainSession;
import org.activerecord4j.testing.TestDatabases;
import org.activerecord4j.testing.TestDatabases.Kind;
import org.activerecord4j.testing.TestPools;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.Test;

/**
 * Two transactions of two threads that write one row: the second waits for the lock up to the lock timeout, then
 * fails with the database's lock-timeout error, rolls back, and puts its records back as they were; the first
 * commits, and the second can then run again. On SQLite, whose lock covers the whole database, the wait is at the
 * second transaction's begin.
 */
class ConcurrentRowLockTest {

    private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(1);

    @DatabaseTest
    void transactionWaitingForARowAnotherThreadsTransactionLocked_failsAfterTheLockTimeout_andRestoresItsRecords(
            Database shared) throws Exception {
        try (Database database = TestPools.builderLike(shared).maximumPoolSize(2).lockTimeout(LOCK_TIMEOUT).build()) {
            TestSchema.recreate(database, User.class);
            User saved = new User("Ann", 30);
            database.use(saved::save);
            CountDownLatch locked = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> database.transaction(() -> {
                User mine = User.findOneOrThrow(saved.id);
                mine.age = 31;
                mine.save();
                locked.countDown();
                await(release);
            }));
            assertThat(locked.await(20, TimeUnit.SECONDS)).isTrue();
            User theirs = database.use(() -> User.findOneOrThrow(saved.id));
            User added = new User("Bob", 40);
            theirs.name = "Ann B.";
            long started = System.nanoTime();

            Throwable failure = catchThrowable(() -> database.transaction(() -> {
                added.save();
                theirs.save();
            }));

            Duration waited = Duration.ofNanos(System.nanoTime() - started);
            release.countDown();
            first.get(20, TimeUnit.SECONDS);
            assertThat(waited).isBetween(LOCK_TIMEOUT.dividedBy(2), LOCK_TIMEOUT.plusSeconds(4));
            if (database.dialectName().equals("sqlite")) {
                // SQLite locks the whole database: the transaction waits at its IMMEDIATE begin, before its block. The
                // failure is a failed statement there too, so that code retrying lock timeouts catches one type.
                assertThat(failure).isInstanceOf(StatementFailedException.class)
                        .hasMessageStartingWith("Cannot begin a transaction on sqlite ").hasMessageContaining("[SQLITE_BUSY]");
                assertThat(((StatementFailedException) failure).sql()).isEqualTo("BEGIN IMMEDIATE");
            } else {
                assertThat(failure).isInstanceOf(StatementFailedException.class)
                        .hasMessageStartingWith("Statement failed on " + database.dialectName() + ": ");
            }
            assertThat(added.isNewRecord()).isTrue();
            assertThat(added.id).isNull();
            assertThat(theirs.changedColumns()).containsExactly("name");
            assertThat(theirs.age).isEqualTo(30);
            assertThat(TestPools.activeConnections(database)).isZero();

            database.transaction(() -> {
                added.save();
                theirs.save();
            });
            User reloaded = database.use(() -> User.findOneOrThrow(saved.id));
            assertThat(reloaded.name).isEqualTo("Ann B.");
            assertThat(reloaded.age).isEqualTo(31);
            assertThat(database.use(() -> User.query().count())).isEqualTo(2);
        }
    }

    /**
     * SQLite only, where a transaction's begin waits for the database's write lock: a begin that timed out leaves no
     * trace on the pool's one connection (sqlite-jdbc had already noted auto-commit off when its BEGIN failed, so the
     * next transaction there ran without BEGIN: each write committed at once, its rollback undid nothing and its commit
     * failed with a NullPointerException after restoring records whose rows were kept).
     */
    @Test
    void sqlite_transactionWhoseBeginTimedOut_leavesThePoolsConnectionReadyForATransaction() throws SQLException {
        try (Database database = TestPools.builderLike(TestDatabases.require(Kind.SQLITE)).maximumPoolSize(1)
                .lockTimeout(LOCK_TIMEOUT).build();
                PlainSession other = PlainSession.open(database)) {
            TestSchema.recreate(database, User.class);
            other.connection().setAutoCommit(false);
            try (Statement statement = other.connection().createStatement()) {
                statement.execute("INSERT INTO users (name, age) VALUES ('lock', 1)");   // takes the write lock
            }
            Throwable busy = catchThrowable(() -> database.transaction(() -> {
                new User("never", 1).save();
            }));
            other.connection().rollback();
            assertThat(busy).isInstanceOf(StatementFailedException.class).hasMessageContaining("[SQLITE_BUSY]");
            User added = new User("Bob", 40);
            IllegalStateException declined = new IllegalStateException("declined");

            Throwable failure = catchThrowable(() -> database.transaction(() -> {
                added.save();
                throw declined;
            }));

            assertThat(failure).isSameAs(declined);
            assertThat(database.use(() -> User.query().count())).isZero();
            assertThat(added.isNewRecord()).isTrue();
            database.transaction(() -> {
                added.save();
            });
            assertThat(database.use(() -> User.query().all())).extracting(user -> user.name).containsExactly("Bob");
            assertThat(TestPools.activeConnections(database)).isZero();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(20, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

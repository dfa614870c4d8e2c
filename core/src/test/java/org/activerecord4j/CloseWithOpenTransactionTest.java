package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.ServerDatabaseTest;
import org.activerecord4j.testing.TestPools;
import org.activerecord4j.testing.TestSchema;

/**
 * A database closed while a transaction on it is still open. Regression: on PostgreSQL and MariaDB the transaction's
 * end failed with CommitOutcomeUnknownException ("the connection to the database was lost during the COMMIT, so the
 * database may have committed the transaction or not") though nothing was lost and nothing committed; on SQLite, whose
 * driver ignores the pool's abort, the transaction committed after the database was closed.
 */
class CloseWithOpenTransactionTest {

    @DatabaseTest
    void databaseClosedByAnotherThreadWhileATransactionIsOpen_rollsItBack_sayingSo(Database shared) throws Exception {
        Database pool = TestPools.builderLike(shared).maximumPoolSize(2).build();
        User ann = new User("Ann", 31);
        Throwable failure;
        try {
            TestSchema.recreate(pool, User.class);
            failure = catchThrowable(() -> pool.transaction(() -> {
                ann.save();
                CompletableFuture.runAsync(pool::close).get(20, TimeUnit.SECONDS);
            }));
        } finally {
            pool.close();
        }

        assertThat(failure).isExactlyInstanceOf(ActiveRecordException.class)
                .hasMessage("Transaction rolled back: the database " + shared.dialectName() + " "
                        + Database.withoutPassword(pool.url()) + " was closed (Database.close()) while the transaction was "
                        + "open, so nothing of it was committed; its records were restored");
        assertThat(ann.isNewRecord()).isTrue();
        try (Database reopened = shared.dialectName().equals("sqlite") ? Database.builder(pool.url()).build()
                : TestPools.builderLike(shared).build()) {
            assertThat(reopened.use(() -> User.query().count())).isZero();
        }
    }

    /**
     * Regression test: statements a transaction ran after its database was closed still ran on SQLite, whose driver
     * ignores the pool's abort (reads answered, writes went into the doomed transaction), and on PostgreSQL and
     * MariaDB failed saying the connection was lost, as if the server had gone.
     */
    @DatabaseTest
    void statementsInATransactionAfterItsDatabaseWasClosed_failSayingSo(Database shared) throws Exception {
        Database pool = TestPools.builderLike(shared).maximumPoolSize(2).build();
        List<Throwable> failures = new ArrayList<>();
        Throwable end;
        try {
            TestSchema.recreate(pool, User.class);
            end = catchThrowable(() -> pool.transaction(() -> {
                new User("Ann", 31).save();
                CompletableFuture.runAsync(pool::close).get(20, TimeUnit.SECONDS);
                failures.add(catchThrowable(() -> User.query().count()));
                failures.add(catchThrowable(() -> new User("Bob", 40).save()));
                failures.add(catchThrowable(() -> pool.execute("DELETE FROM users")));
            }));
        } finally {
            pool.close();
        }

        String closed = "The database " + shared.dialectName() + " " + Database.withoutPassword(pool.url())
                + " was closed; it can no longer run statements";
        assertThat(failures).hasSize(3).allSatisfy(failure -> assertThat(failure)
                .isExactlyInstanceOf(ActiveRecordException.class).hasMessage(closed));
        assertThat(end).isExactlyInstanceOf(ActiveRecordException.class).hasMessageStartingWith("Transaction rolled back: ");
    }

    /**
     * Regression test: a statement of a transaction that ran on the server when its database was closed failed saying
     * the connection to the database was lost, as if the server had gone, where the pool had aborted it. Servers only:
     * SQLite's driver ignores the abort, and the statement ends as it would have.
     */
    @ServerDatabaseTest
    void statementRunningInATransactionWhenItsDatabaseIsClosed_failsSayingSo(Database shared) throws Exception {
        Database pool = TestPools.builderLike(shared).maximumPoolSize(2).build();
        CompletableFuture<Throwable> slow;
        try {
            TestSchema.recreate(pool, User.class);
            pool.transaction(() -> new User("Ann", 31).save());
            String sleep = shared.dialectName().equals("postgresql") ? "pg_sleep(20) IS NOT NULL" : "SLEEP(20) = 0";
            slow = CompletableFuture.supplyAsync(() -> catchThrowable(() -> pool.transaction(
                    () -> User.query().where(sleep).count())));
            awaitRunning(shared, shared.dialectName().equals("postgresql") ? "pg_sleep(20)" : "SLEEP(20)");
        } finally {
            pool.close();
        }

        Throwable failure = slow.get(20, TimeUnit.SECONDS);
        // The server goes on sleeping on the dropped connection, holding its lock on the table: later tests drop it.
        cancelRunning(shared, shared.dialectName().equals("postgresql") ? "pg_sleep(20)" : "SLEEP(20)");

        assertThat(failure).isExactlyInstanceOf(ActiveRecordException.class)
                .hasMessageStartingWith("The database " + shared.dialectName() + " " + Database.withoutPassword(pool.url())
                        + " was closed while this statement ran; it can no longer run statements\n  SQL: SELECT ");
    }

    /** Cancels the statements containing {@code text} that run on the server of {@code shared}. */
    private static void cancelRunning(Database shared, String text) throws Exception {
        boolean postgresql = shared.dialectName().equals("postgresql");
        String running = postgresql
                ? "SELECT pid FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND query LIKE ?"
                : "SELECT id FROM information_schema.processlist WHERE id <> CONNECTION_ID() AND info LIKE ?";
        try (Connection connection = shared.dataSource().getConnection();
                PreparedStatement query = connection.prepareStatement(running)) {
            query.setString(1, "%" + text + "%");
            List<Long> sessions = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    sessions.add(rows.getLong(1));
                }
            }
            for (long session : sessions) {
                try (PreparedStatement cancel = connection.prepareStatement(postgresql ? "SELECT pg_terminate_backend(?)"
                        : "KILL " + session)) {
                    if (postgresql) {
                        cancel.setInt(1, (int) session);
                    }
                    cancel.execute();
                }
            }
        }
    }

    /** Waits (10 s at most) until a statement containing {@code text} runs on the server of {@code shared}. */
    private static void awaitRunning(Database shared, String text) throws Exception {
        String running = shared.dialectName().equals("postgresql")
                ? "SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND pid <> pg_backend_pid() AND query LIKE ?"
                : "SELECT count(*) FROM information_schema.processlist WHERE id <> CONNECTION_ID() AND info LIKE ?";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        try (Connection connection = shared.dataSource().getConnection();
                PreparedStatement query = connection.prepareStatement(running)) {
            query.setString(1, "%" + text + "%");
            while (System.nanoTime() < deadline) {
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(10);
            }
        }
        throw new AssertionError("No statement with " + text + " ran within 10 s");
    }
}

package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.PlainSession;
import org.activerecord4j.testing.TestPools;
import org.activerecord4j.testing.TestSchema;

/** The fault suite's lock waits: a write that waits for another transaction's lock gives up after lockTimeout. */
class LockTimeoutTest {

    private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(1);
    /** What a loaded two-core machine may add to a timeout before the failure reaches the caller. */
    private static final Duration SLACK = Duration.ofSeconds(3);

    /** On SQLite the other transaction holds the database's write lock, which the update waits for as long. */
    @DatabaseTest
    void update_ofARowAnotherTransactionHoldsLocked_failsAfterTheLockTimeout_andSucceedsOnceTheLockIsGone(Database shared)
            throws SQLException {
        try (Database database = TestPools.builderLike(shared).lockTimeout(LOCK_TIMEOUT).build();
                PlainSession other = PlainSession.open(database)) {
            TestSchema.recreate(database, User.class);
            User ann = new User("Ann", 31);
            database.use(ann::save);
            lockRow(other.connection(), ann.id);
            ann.age = 40;
            long started = System.nanoTime();

            Throwable failure = catchThrowable(() -> database.use(ann::save));

            Duration waited = Duration.ofNanos(System.nanoTime() - started);
            other.connection().rollback();
            assertThat(waited).isBetween(LOCK_TIMEOUT.dividedBy(2), LOCK_TIMEOUT.plus(SLACK));
            assertThat(failure).isInstanceOf(StatementFailedException.class)
                    .hasMessageStartingWith("Statement failed on " + database.dialectName() + ": ")
                    .hasMessageContaining(lockTimeoutMessage(database));
            database.use(ann::save);
            assertThat(database.use(() -> User.findOneOrThrow(ann.id).age)).isEqualTo(40);
        }
    }

    /** Updates the row in a transaction left open, which locks it (on SQLite: takes the write lock). */
    private static void lockRow(Connection connection, long id) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement update = connection.prepareStatement("UPDATE users SET age = 32 WHERE id = ?")) {
            update.setLong(1, id);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    /** What each database says when a lock wait times out. */
    private static String lockTimeoutMessage(Database database) {
        return switch (database.dialectName()) {
            case "postgresql" -> "canceling statement due to lock timeout";
            case "mariadb" -> "Lock wait timeout exceeded";
            default -> "[SQLITE_BUSY]";
        };
    }
}

package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.ServerDatabaseTest;
import org.activerecord4j.testing.TestPools;
import org.activerecord4j.testing.TestSchema;

/**
 * The fault suite's long statements: the server cancels a statement that runs longer than statementTimeout,
 * the caller gets the server's reason, and the connection stays usable. SQLite runs in this process and has no
 * statement limit (see {@link Database.Builder#statementTimeout}).
 */
class StatementTimeoutTest {

    private static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(1);
    /** How long the slow statement would run if nothing cancelled it. */
    private static final int SLEEP_SECONDS = 10;
    /** What a loaded two-core machine may add to a timeout before the failure reaches the caller. */
    private static final Duration SLACK = Duration.ofSeconds(3);

    @ServerDatabaseTest
    void queryRunningLongerThanTheStatementTimeout_isCancelledByTheServer_andTheNextQueryRuns(Database shared) {
        try (Database database = TestPools.builderLike(shared).maximumPoolSize(1).statementTimeout(STATEMENT_TIMEOUT)
                .build()) {
            TestSchema.recreate(database, User.class);
            database.use(() -> new User("Ann", 31).save());
            long started = System.nanoTime();

            Throwable failure = catchThrowable(() -> database.use(() -> User.query().where(sleep(database)).count()));

            Duration waited = Duration.ofNanos(System.nanoTime() - started);
            assertThat(waited).isBetween(STATEMENT_TIMEOUT.dividedBy(2), STATEMENT_TIMEOUT.plus(SLACK));
            assertThat(failure).isInstanceOf(StatementFailedException.class)
                    .hasMessageStartingWith("Statement failed on " + database.dialectName() + ": ")
                    .hasMessageContaining(timeoutMessage(database))
                    .hasMessageNotContaining("lost");
            assertThat(database.use(() -> User.query().count())).isEqualTo(1L);   // on the pool's one connection
        }
    }

    /** A condition that holds after sleeping {@link #SLEEP_SECONDS} seconds on the server, per row. */
    private static String sleep(Database database) {
        return switch (database.dialectName()) {
            case "postgresql" -> "pg_sleep(" + SLEEP_SECONDS + ") IS NOT NULL";
            default -> "SLEEP(" + SLEEP_SECONDS + ") = 0";
        };
    }

    /** What each server says when it cancels a statement for running too long. */
    private static String timeoutMessage(Database database) {
        return switch (database.dialectName()) {
            case "postgresql" -> "canceling statement due to statement timeout";
            default -> "max_statement_time exceeded";
        };
    }
}

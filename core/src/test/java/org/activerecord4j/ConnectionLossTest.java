package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.activerecord4j.models.Post;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.PlainSession;
import org.activerecord4j.testing.ServerDatabaseTest;
import org.activerecord4j.testing.TestPools;
import org.activerecord4j.testing.TestSchema;

/**
 * The fault suite's lost connections: the server ends a session in the middle of a transaction, or while
 * the pool keeps it idle. Servers only: SQLite runs inside this process, so there is no server that could
 * end a session, and no connection to lose.
 */
class ConnectionLossTest {

    private static final int TRIES = 20;
    private static final String LOST = " (the connection to the database was lost; the transaction was rolled back)";

    @ServerDatabaseTest
    void sessionKilledMidTransaction_keepsNoRow_failsSayingTheConnectionWasLost_andTheRecordsSaveAgain(Database shared)
            throws SQLException {
        assertEachKillRollsBackAndTheRecordsSaveAgain(shared, true, failure -> assertThat(failure)
                .isInstanceOf(StatementFailedException.class)
                .hasMessageStartingWith("Statement failed on " + shared.dialectName() + LOST + ": "));
    }

    /**
     * The block has returned and its last statement succeeded; the session dies before the COMMIT. The client
     * cannot tell that from a session lost during the COMMIT, so the outcome is unknown: the records keep what the
     * transaction wrote, and reload() tells that nothing was committed.
     */
    @ServerDatabaseTest
    void sessionKilledBeforeCommit_keepsNoRow_failsWithCommitOutcomeUnknown_andReloadTellsNothingWasCommitted(Database shared)
            throws SQLException {
        assertEachKillRollsBackAndTheRecordsSaveAgain(shared, false, failure -> assertThat(failure)
                .isInstanceOf(CommitOutcomeUnknownException.class)
                .hasMessageStartingWith("Commit outcome unknown on " + shared.dialectName() + " " + shared.url()
                        + ": the connection to the database was lost during the COMMIT"));
    }

    /**
     * {@value #TRIES} times: saves a post with its new author in a transaction whose session the server ends,
     * then (when {@code statementAfterKill}) runs one more insert; checks the failure, that no row was kept,
     * that the records are new again (or, when the kill met the COMMIT, keep what the transaction wrote and fail
     * to reload), and that saving them (or copies) again in the next transaction works.
     */
    private static void assertEachKillRollsBackAndTheRecordsSaveAgain(Database shared, boolean statementAfterKill,
            Consumer<Throwable> expectation) throws SQLException {
        try (Database database = TestPools.builderLike(shared).maximumPoolSize(2).build();
                PlainSession administrator = PlainSession.open(database)) {
            TestSchema.recreate(database, User.class, Post.class);

            for (int attempt = 1; attempt <= TRIES; attempt++) {
                String name = "victim " + attempt;
                User author = new User(name, attempt);
                Post post = new Post(name);
                post.author(author);
                User late = new User(name, 0);

                Throwable failure = catchThrowable(() -> database.transaction(() -> {
                    post.save();
                    administrator.kill(sessionOf(database, author));
                    if (statementAfterKill) {
                        late.save();
                    }
                }));

                expectation.accept(failure);
                assertThat(database.use(() -> User.query().where(User.c.name.eq(name)).count())).as("attempt %d", attempt).isZero();
                assertThat(database.use(() -> Post.query().where(Post.c.title.eq(name)).count())).as("attempt %d", attempt).isZero();
                Post saved = post;
                if (statementAfterKill) {
                    assertThat(List.of(author, post, late)).allSatisfy(record -> assertThat(record.isNewRecord()).isTrue());
                    assertThat(post.userId).isNull();
                } else {
                    assertThat(List.of(author, post)).allSatisfy(record -> assertThat(record.isNewRecord()).isFalse());
                    assertThat(post.userId).isEqualTo(author.id);
                    assertThat(catchThrowable(() -> database.use(post::reload))).as("attempt %d", attempt)
                            .isInstanceOf(RecordNotFoundException.class);
                    saved = new Post(name);
                    saved.author(new User(name, attempt));
                }

                Post again = saved;
                database.transaction(() -> {
                    again.save();
                    late.save();
                });
                assertThat(database.use(() -> Post.findOneOrThrow(again.id).author().name)).isEqualTo(name);
                assertThat(database.use(() -> User.query().where(User.c.name.eq(name)).count())).isEqualTo(2);
            }
            assertThat(TestPools.activeConnections(database)).isZero();
        }
    }

    @ServerDatabaseTest
    void idleSessionKilled_theNextRead_succeeds(Database shared) throws SQLException {
        assertEachSucceedsAfterTheIdleSessionsWereKilled(shared, 1, (database, user) -> User.findOneOrThrow(user.id));
    }

    @ServerDatabaseTest
    void idleSessionKilled_theNextStream_succeeds(Database shared) throws SQLException {
        assertEachSucceedsAfterTheIdleSessionsWereKilled(shared, 1, (database, user) -> User.query().stream().count());
    }

    @ServerDatabaseTest
    void idleSessionKilled_theNextWrite_succeeds(Database shared) throws SQLException {
        assertEachSucceedsAfterTheIdleSessionsWereKilled(shared, 1, (database, user) -> new User("written", 1).save());
    }

    @ServerDatabaseTest
    void idleSessionKilled_theNextTransaction_succeeds(Database shared) throws SQLException {
        assertEachSucceedsAfterTheIdleSessionsWereKilled(shared, 1, ConnectionLossTest::increment);
    }

    /** As when the server restarts: every connection the pool keeps is dead. */
    @ServerDatabaseTest
    void everyIdleSessionKilled_theNextRead_succeeds(Database shared) throws SQLException {
        assertEachSucceedsAfterTheIdleSessionsWereKilled(shared, 3, (database, user) -> User.findOneOrThrow(user.id));
    }

    @ServerDatabaseTest
    void everyIdleSessionKilled_theNextTransaction_succeeds(Database shared) throws SQLException {
        assertEachSucceedsAfterTheIdleSessionsWereKilled(shared, 3, ConnectionLossTest::increment);
    }

    private static void increment(Database database, User user) {
        database.transaction(() -> {
            User counter = User.findOneOrThrow(user.id);
            counter.age++;
            counter.save();
        });
    }

    /**
     * {@value #TRIES} times, kills every idle connection of a pool of {@code poolSize} and runs
     * {@code operation}, soon enough that the pool does not test the connections itself (HikariCP skips its
     * check for connections used in the last 500 ms).
     */
    private static void assertEachSucceedsAfterTheIdleSessionsWereKilled(Database shared, int poolSize,
            BiConsumer<Database, User> operation) throws SQLException {
        try (Database database = TestPools.builderLike(shared).maximumPoolSize(poolSize).build();
                PlainSession administrator = PlainSession.open(database)) {
            TestSchema.recreate(database, User.class);
            User user = new User("probe", 0);
            database.use(user::save);
            List<String> failures = new ArrayList<>();

            for (int attempt = 1; attempt <= TRIES; attempt++) {
                for (long session : idleSessions(database, poolSize)) {
                    administrator.kill(session);
                }
                try {
                    database.use(() -> operation.accept(database, user));
                } catch (RuntimeException e) {
                    failures.add("attempt " + attempt + ": " + e);
                }
            }
            assertThat(failures).as("operations that failed after the idle sessions were killed").isEmpty();
            assertThat(TestPools.activeConnections(database)).isZero();
        }
    }

    /**
     * Takes every connection of the pool at once to read the session ids of those still alive (an earlier
     * kill may have left dead ones in the pool), then gives them all back.
     */
    private static List<Long> idleSessions(Database database, int poolSize) throws SQLException {
        List<Connection> connections = new ArrayList<>();
        List<Long> sessions = new ArrayList<>();
        try {
            for (int i = 0; i < poolSize; i++) {
                Connection connection = database.dataSource().getConnection();
                connections.add(connection);
                if (!connection.isValid(1)) {
                    continue;
                }
                try (Statement statement = connection.createStatement();
                        ResultSet row = statement.executeQuery("SELECT " + PlainSession.sessionIdFunction(database))) {
                    row.next();
                    sessions.add(row.getLong(1));
                }
            }
        } finally {
            for (Connection connection : connections) {
                try {
                    connection.close();
                } catch (SQLException dead) {
                    // the pool drops a connection that fails to close
                }
            }
        }
        return sessions;
    }

    /** Returns the server's id of the session the next statement runs on, read through {@code user}'s row. */
    private static long sessionOf(Database database, User user) {
        database.execute("UPDATE users SET age = " + PlainSession.sessionIdFunction(database) + " WHERE id = ?", user.id);
        return User.findOneOrThrow(user.id).age;
    }
}

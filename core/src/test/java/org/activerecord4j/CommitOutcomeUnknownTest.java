package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletionException;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.PlainSession;
import org.activerecord4j.testing.TcpProxy;
import org.activerecord4j.testing.TestDatabases;
import org.activerecord4j.testing.TestDatabases.Kind;
import org.activerecord4j.testing.TestPools;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.Test;

/**
 * A connection lost during COMMIT: the database may or may not have committed, so the transaction fails with
 * {@link CommitOutcomeUnknownException} saying so, not as rolled back; its records keep what it wrote (their keys
 * name the rows to look for), the dead connection is not lent out again, and the next transaction works. Servers
 * only: SQLite runs in this process, so there is no connection to lose.
 */
class CommitOutcomeUnknownTest {

    private static final String DOOMED = "doomed at commit";

    /** PostgreSQL: a deferred constraint trigger runs at COMMIT and has the server end the session there. */
    @Test
    void postgresql_sessionEndedDuringCommit_failsWithOutcomeUnknown_keepsTheRecords_andTheNextTransactionWorks()
            throws SQLException {
        try (Database database = TestPools.builderLike(TestDatabases.require(Kind.POSTGRESQL)).maximumPoolSize(1).build();
                PlainSession administrator = PlainSession.open(database)) {
            TestSchema.recreate(database, User.class);
            endSessionAtCommit(administrator.connection());
            User doomed = new User(DOOMED, 1);

            Throwable failure = catchThrowable(() -> database.transaction(() -> {
                doomed.save();
            }));

            assertOutcomeUnknownAndRecovered(database, failure, doomed);
        }
    }

    @Test
    void postgresql_sessionEndedDuringAsyncCommit_failsWithOutcomeUnknown_keepsTheRecords_andTheNextTransactionWorks()
            throws SQLException {
        try (Database database = TestPools.builderLike(TestDatabases.require(Kind.POSTGRESQL)).maximumPoolSize(1).build();
                PlainSession administrator = PlainSession.open(database)) {
            TestSchema.recreate(database, User.class);
            endSessionAtCommit(administrator.connection());
            org.activerecord4j.models.async.User doomed = new org.activerecord4j.models.async.User(DOOMED, 1);

            Throwable failure = catchThrowable(() -> database.transactionAsync(doomed::save).join());

            assertThat(failure).isInstanceOf(CompletionException.class);
            assertThat(doomed.isNewRecord()).as("the record keeps its insert").isFalse();
            assertThat(doomed.id).isNotNull();
            assertOutcomeUnknown(database, failure.getCause());
            assertRecovered(database, doomed.id);
        }
    }

    /** The contrast: a COMMIT the server refuses (a deferred constraint fails) is a rollback, and says so. */
    @Test
    void postgresql_commitRefusedByADeferredConstraint_rollsBack_andRestoresTheRecords() throws SQLException {
        try (Database database = TestPools.builderLike(TestDatabases.require(Kind.POSTGRESQL)).maximumPoolSize(1).build();
                PlainSession administrator = PlainSession.open(database)) {
            TestSchema.recreate(database, User.class);
            try (Statement statement = administrator.connection().createStatement()) {
                statement.execute("CREATE OR REPLACE FUNCTION ar4j_refuse_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$ "
                        + "BEGIN RAISE EXCEPTION 'refused at commit'; END $$");
                statement.execute("CREATE CONSTRAINT TRIGGER ar4j_refuse_at_commit AFTER INSERT ON users "
                        + "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.name = 'refused') "
                        + "EXECUTE FUNCTION ar4j_refuse_at_commit()");
            }
            User refused = new User("refused", 1);

            Throwable failure = catchThrowable(() -> database.transaction(() -> {
                refused.save();
            }));

            assertThat(failure)
                    .isExactlyInstanceOf(ActiveRecordException.class)
                    .hasMessageStartingWith("Commit failed on postgresql " + database.url() + "; the transaction was rolled "
                            + "back and its records restored: ERROR: refused at commit");
            assertThat(refused.isNewRecord()).isTrue();
            assertThat(refused.id).isNull();
            assertThat(TestPools.activeConnections(database)).isZero();
            User fine = new User("fine", 2);
            database.transaction(() -> {
                fine.save();
            });
            assertThat(database.use(() -> User.query().count())).isEqualTo(1);
        }
    }

    /** MariaDB: the network fails as the COMMIT is sent (it never reaches the server). */
    @Test
    void mariadb_connectionCutAtCommit_failsWithOutcomeUnknown_keepsTheRecords_andTheNextTransactionWorks()
            throws Exception {
        Database shared = TestDatabases.require(Kind.MARIADB);
        try (TcpProxy proxy = TcpProxy.forwardingTo(TestPools.serverPort(shared));
                Database database = TestPools.builderThrough(shared, proxy).maximumPoolSize(1).build()) {
            TestSchema.recreate(database, User.class);
            User doomed = new User(DOOMED, 1);

            Throwable failure = catchThrowable(() -> database.transaction(() -> {
                doomed.save();
                proxy.cutWhenClientSends("COMMIT");
            }));

            assertOutcomeUnknownAndRecovered(database, failure, doomed);
        }
    }

    private static void assertOutcomeUnknownAndRecovered(Database database, Throwable failure, User doomed) {
        assertOutcomeUnknown(database, failure);
        assertThat(doomed.isNewRecord()).as("the record keeps its insert").isFalse();
        assertThat(doomed.id).isNotNull();
        assertThat(catchThrowable(() -> database.use(doomed::reload)))
                .as("reload tells that the row was not committed")
                .isInstanceOf(RecordNotFoundException.class);
        assertRecovered(database, doomed.id);
    }

    private static void assertOutcomeUnknown(Database database, Throwable failure) {
        assertThat(failure)
                .isInstanceOf(CommitOutcomeUnknownException.class)
                .hasMessageStartingWith("Commit outcome unknown on " + database.dialectName() + " " + database.url()
                        + ": the connection to the database was lost during the COMMIT, so the database may have "
                        + "committed the transaction or not; its records keep what it wrote: reload them (reload() fails "
                        + "with RecordNotFoundException for a row that was not committed) or look the rows up to find "
                        + "out before running it again: ");
        assertThat(failure.getCause()).isInstanceOf(SQLException.class);
    }

    /** The dead connection went out of the pool, the row is not there, and the next transaction commits. */
    private static void assertRecovered(Database database, Long doomedId) {
        assertThat(TestPools.activeConnections(database)).isZero();
        try (Connection next = database.dataSource().getConnection()) {
            assertThat(next.isValid(1)).as("the pool's next connection answers").isTrue();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        assertThat(database.use(() -> User.findOne(doomedId))).as("the uncommitted row").isNull();

        User fine = new User("fine", 2);
        database.transaction(() -> {
            fine.save();
        });
        assertThat(database.use(() -> User.query().count())).isEqualTo(1);
        assertThat(TestPools.activeConnections(database)).isZero();
    }

    /** A trigger on {@code users} that ends the server session when a row named {@value #DOOMED} is committed. */
    private static void endSessionAtCommit(Connection administrator) throws SQLException {
        try (Statement statement = administrator.createStatement()) {
            statement.execute("CREATE OR REPLACE FUNCTION ar4j_end_session_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$ "
                    + "BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NULL; END $$");
            statement.execute("CREATE CONSTRAINT TRIGGER ar4j_end_session_at_commit AFTER INSERT ON users "
                    + "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.name = '" + DOOMED + "') "
                    + "EXECUTE FUNCTION ar4j_end_session_at_commit()");
        }
    }
}

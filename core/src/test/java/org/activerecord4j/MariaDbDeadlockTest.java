package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.PlainSession;
import org.activerecord4j.testing.TestDatabases;
import org.activerecord4j.testing.TestDatabases.Kind;
import org.activerecord4j.testing.TestPools;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.Test;

/**
 * MariaDB only: a deadlock makes InnoDB roll back the victim's whole transaction, not only the failed statement as
 * other failures on MariaDB do. A block that catches the deadlock and returns must not end in a commit that reports
 * the transaction's earlier writes as kept: they are gone, and the statements after the deadlock ran in a new
 * transaction. It fails as a caught failure fails on PostgreSQL, whose failed statements abort the transaction:
 * rolled back, records restored. (PostgreSQL is covered by that rule; SQLite has no row locks to deadlock on.)
 */
class MariaDbDeadlockTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final ExecutorService runner = Executors.newSingleThreadExecutor();

    @Test
    void deadlockCaughtByTheBlock_transactionRollsBack_andItsRecordsAreRestored() throws Exception {
        try (Database database = TestPools.builderLike(TestDatabases.require(Kind.MARIADB)).maximumPoolSize(2).build();
                PlainSession other = PlainSession.open(database);
                AutoCloseable stop = runner::shutdownNow) {
            TestSchema.recreate(database, User.class);
            User first = new User("first", 1);
            User second = new User("second", 2);
            List<User> users = new ArrayList<>(List.of(first, second));
            for (int i = 0; i < 30; i++) {
                users.add(new User("filler " + i, i));
            }
            database.use(() -> ActiveRecord.saveAll(users));
            Connection theirs = other.connection();
            theirs.setAutoCommit(false);
            try (Statement statement = theirs.createStatement()) {
                // The larger transaction: InnoDB picks the smaller one, ours, as the deadlock's victim.
                // By key, so that only those rows are locked, not the gaps our insert goes into.
                for (User filler : users.subList(2, users.size())) {
                    statement.executeUpdate("UPDATE users SET age = age + 1 WHERE id = " + filler.id);
                }
                statement.executeUpdate("UPDATE users SET age = age + 1 WHERE id = " + second.id);
            }
            User added = new User("added", 3);
            AtomicReference<StatementFailedException> deadlock = new AtomicReference<>();
            AtomicReference<CompletableFuture<Void>> theirWait = new AtomicReference<>();

            Throwable failure = catchThrowable(() -> database.transaction(() -> {
                added.save();
                first.age = 10;
                first.save();                                   // locks first
                // Whichever of their update of first and our update of second comes last closes the cycle; InnoDB
                // then rolls back the smaller transaction, ours.
                theirWait.set(CompletableFuture.runAsync(() -> update(theirs, first.id), runner));
                second.age = 20;
                try {
                    second.save();
                } catch (StatementFailedException e) {
                    deadlock.set(e);
                }
            }));
            theirWait.get().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            theirs.rollback();

            assertThat(deadlock.get()).as("the block caught the deadlock; the transaction ended with %s", failure).isNotNull();
            assertThat(database.use(() -> User.query().whereEq("name", "added").count())).isZero();
            assertThat(added.isNewRecord()).as("its insert was rolled back with the deadlock").isTrue();
            assertThat(added.id).isNull();
            assertThat(failure)
                    .isExactlyInstanceOf(ActiveRecordException.class)
                    .hasMessageStartingWith("Transaction rolled back: a statement failed inside it, and "
                            + database.dialectName() + " " + database.url() + " rolled back the whole transaction at that "
                            + "failure (SQLState 40001: a deadlock or serialization failure)")
                    .hasCause(deadlock.get());
            assertThat(first.changedColumns()).containsExactly("age");
            assertThat(database.use(() -> User.findOneOrThrow(first.id)).age).isEqualTo(1);
            assertThat(TestPools.activeConnections(database)).isZero();
        }
    }

    private static void update(Connection connection, Long id) {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE users SET age = age + 1 WHERE id = " + id);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

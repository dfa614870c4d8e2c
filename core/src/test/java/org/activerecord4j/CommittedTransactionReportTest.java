package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.TcpProxy;
import org.activerecord4j.testing.TestDatabases;
import org.activerecord4j.testing.TestDatabases.Kind;
import org.activerecord4j.testing.TestPools;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.Test;

/**
 * A transaction whose COMMIT succeeded is reported committed, even when what follows the COMMIT on its connection
 * fails (switching auto-commit back on, or the next BEGIN SQLite's driver runs at once): its records keep what it
 * wrote, and a connection left broken is not lent out again. Each case is the one driver that takes that step.
 */
class CommittedTransactionReportTest {

    private static final Duration LOCK_TIMEOUT = Duration.ofMillis(50);
    /** Another writer takes the lock between the two about once in twenty attempts. */
    private static final int ATTEMPTS = 200;

    /** MariaDB Connector/J sends {@code set autocommit=1} after the COMMIT; the network fails there. */
    @Test
    void mariadb_connectionCutAfterTheCommit_isReportedCommitted_andTheConnectionIsNotLentAgain() throws Exception {
        Database shared = TestDatabases.require(Kind.MARIADB);
        try (TcpProxy proxy = TcpProxy.forwardingTo(TestPools.serverPort(shared));
                Database database = TestPools.builderThrough(shared, proxy).maximumPoolSize(1).build()) {
            TestSchema.recreate(database, User.class);
            User kept = new User("committed", 1);

            String result = database.transaction(() -> {
                kept.save();
                proxy.cutWhenClientSends("set autocommit=1");
                return "done";
            });

            assertThat(result).isEqualTo("done");
            assertThat(kept.isNewRecord()).isFalse();
            assertThat(TestPools.activeConnections(database)).isZero();
            try (Connection next = database.dataSource().getConnection()) {
                assertThat(next.isValid(1)).as("the pool's next connection answers").isTrue();
            }
            assertThat(database.use(() -> User.findOneOrThrow(kept.id).name)).isEqualTo("committed");
            User next = new User("next", 2);
            database.transaction(() -> {
                next.save();
            });
            assertThat(database.use(() -> User.query().count())).isEqualTo(2);
        }
    }

    /**
     * SQLite's driver begins the next transaction inside {@code commit()}, right after the COMMIT; a writer that
     * takes the lock in between (and holds it past the lock timeout) makes that BEGIN fail. Up to {@value #ATTEMPTS}
     * times, another connection waits for the transaction's COMMIT and grabs the lock the moment it is free; every
     * transaction must be reported as what it did: committed when its row is there, failed when it is not.
     */
    @Test
    void sqlite_writerTakingTheLockRightAfterTheCommit_transactionIsReportedCommitted() throws Exception {
        TestDatabases.require(Kind.SQLITE);
        ExecutorService writer = Executors.newSingleThreadExecutor(task -> new Thread(task, "other-writer"));
        try (Database database = TestDatabases.builder(Kind.SQLITE).lockTimeout(LOCK_TIMEOUT).build()) {
            TestSchema.recreate(database, User.class);
            List<String> misreported = new ArrayList<>();

            for (int attempt = 1; attempt <= ATTEMPTS && misreported.isEmpty(); attempt++) {
                AtomicBoolean committing = new AtomicBoolean();
                AtomicBoolean ended = new AtomicBoolean();
                Future<?> other = writer.submit(() -> takeTheLockOnceFree(database.url(), committing, ended));
                String name = "attempt " + attempt;
                User user = new User(name, attempt);

                Throwable failure = catchThrowable(() -> database.transaction(() -> {
                    user.save();
                    committing.set(true);
                }));
                ended.set(true);
                other.get();

                boolean committed = database.use(() -> User.query().where(User.c.name.eq(name)).count()) == 1;
                if (committed && failure != null) {
                    misreported.add(name + ": the row was committed, but the transaction failed with " + failure
                            + " and the record is new again: " + user.isNewRecord());
                } else if (!committed && failure == null) {
                    misreported.add(name + ": reported committed, but no row");
                }
            }

            assertThat(misreported).isEmpty();
            assertThat(TestPools.activeConnections(database)).isZero();
        } finally {
            writer.shutdownNow();
        }
    }

    /**
     * Once {@code committing}, tries BEGIN IMMEDIATE without waiting until it gets the write lock or the transaction
     * ended; holds a lock it got before the transaction ended for three lock timeouts, then lets it go.
     */
    private static Void takeTheLockOnceFree(String url, AtomicBoolean committing, AtomicBoolean ended) throws Exception {
        Properties noWait = new Properties();
        noWait.setProperty("busy_timeout", "0");
        try (Connection connection = DriverManager.getConnection(url, noWait);
                PreparedStatement begin = connection.prepareStatement("BEGIN IMMEDIATE");
                Statement statement = connection.createStatement()) {
            while (!committing.get() && !ended.get()) {
                Thread.onSpinWait();
            }
            while (!ended.get()) {
                try {
                    begin.execute();
                } catch (SQLException busy) {
                    continue;
                }
                if (!ended.get()) {
                    Thread.sleep(LOCK_TIMEOUT.toMillis() * 3);
                }
                statement.execute("ROLLBACK");
                return null;
            }
        }
        return null;
    }
}

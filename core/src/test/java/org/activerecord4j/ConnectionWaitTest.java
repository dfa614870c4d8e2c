package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.ServerDatabaseTest;
import org.activerecord4j.testing.TcpProxy;
import org.activerecord4j.testing.TestPools;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.AfterEach;

/**
 * A sync caller waits for a pooled connection for the pool's acquisition timeout, then fails with a message
 * that says the pool was busy and what to do, not that a connection was lost, and without waiting twice.
 */
class ConnectionWaitTest {

    /**
     * The test's own threads. The common pool has a single worker on two cores, and from JDK 21 on
     * {@code supplyAsync} uses it even then: a waiter queued behind the blocked holder would never start.
     */
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    private <T> CompletableFuture<T> onItsOwnThread(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, threads);
    }

    @DatabaseTest
    void queryWaitingLongerThanTheAcquireTimeout_failsSayingThePoolWasBusy_andLaterQueriesRun(Database database)
            throws Exception {
        try (Database pool = TestPools.builderLike(database).maximumPoolSize(1).acquireTimeout(Duration.ofSeconds(2))
                .build()) {
            TestSchema.recreate(pool, User.class);
            pool.use(() -> ActiveRecord.saveAll(List.of(new User("Ann", 31), new User("Bob", 40))));
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Boolean> holder = onItsOwnThread(() -> pool.transaction(() -> {
                User.query().count();            // the transaction now holds the pool's one connection
                holding.countDown();
                return awaitQuietly(release);
            }));
            assertThat(holding.await(20, TimeUnit.SECONDS)).isTrue();

            long started = System.nanoTime();
            Throwable failure = catchThrowable(() -> pool.use(() -> User.query().count()));
            long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            release.countDown();
            assertThat(holder.get(20, TimeUnit.SECONDS)).isTrue();

            assertThat(failure).isInstanceOf(ActiveRecordException.class)
                    .hasMessageStartingWith("No connection of " + pool.dialectName())
                    .hasMessageContaining("became free within 2000 ms")
                    .hasMessageEndingWith("raise maximumPoolSize or acquireTimeout")
                    .hasMessageNotContaining("lost");
            assertThat(waitedMillis).isBetween(1_900L, 3_500L);   // one wait, not a second one for a "retry"
            assertThat(pool.use(() -> User.query().count())).isEqualTo(2L);
        }
    }

    /**
     * Regression: a caller waiting for the pool when the database was closed waited out the whole acquisition
     * timeout and then failed saying that every connection was held by transactions or streams that had not given
     * theirs back, and to raise maximumPoolSize or acquireTimeout.
     */
    @DatabaseTest
    void queryWaitingForAConnection_whenTheDatabaseIsClosed_failsSayingItWasClosed(Database database) throws Exception {
        Database pool = TestPools.builderLike(database).maximumPoolSize(1).acquireTimeout(Duration.ofSeconds(3)).build();
        try {
            TestSchema.recreate(pool, User.class);
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Object> holder = onItsOwnThread(() -> {
                try {
                    return pool.transaction(() -> {
                        User.query().count();
                        holding.countDown();
                        return awaitQuietly(release);
                    });
                } catch (RuntimeException e) {
                    return e;   // the database closed under it
                }
            });
            assertThat(holding.await(20, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Throwable> waiter = onItsOwnThread(
                    () -> catchThrowable(() -> pool.use(() -> User.query().count())));
            Thread.sleep(300);

            pool.close();
            release.countDown();

            assertThat(waiter.get(20, TimeUnit.SECONDS)).isInstanceOf(ActiveRecordException.class)
                    .hasMessageStartingWith("The database " + pool.dialectName())
                    .hasMessageContaining("was closed")
                    .hasMessageNotContaining("raise maximumPoolSize");
            holder.get(20, TimeUnit.SECONDS);
        } finally {
            pool.close();
        }
    }

    /**
     * Regression: a caller waiting for the pool when another thread closed the database was not woken; it waited out
     * the whole acquisition timeout (here 20 s) before failing saying the database was closed.
     */
    @DatabaseTest
    void queryWaitingForAConnection_whenAnotherThreadClosesTheDatabase_failsAtOnce(Database database) throws Exception {
        Database pool = TestPools.builderLike(database).maximumPoolSize(1).acquireTimeout(Duration.ofSeconds(20)).build();
        try {
            TestSchema.recreate(pool, User.class);
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Object> holder = onItsOwnThread(() -> {
                try {
                    return pool.transaction(() -> {
                        User.query().count();
                        holding.countDown();
                        return awaitQuietly(release);
                    });
                } catch (RuntimeException e) {
                    return e;   // the database closed under it
                }
            });
            assertThat(holding.await(20, TimeUnit.SECONDS)).isTrue();
            AtomicBoolean waiterInterrupted = new AtomicBoolean();
            CompletableFuture<Throwable> waiter = onItsOwnThread(() -> {
                Throwable failure = catchThrowable(() -> pool.use(() -> User.query().count()));
                waiterInterrupted.set(Thread.currentThread().isInterrupted());
                return failure;
            });
            HikariPoolMXBean poolState = ((HikariDataSource) pool.dataSource()).getHikariPoolMXBean();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (poolState.getThreadsAwaitingConnection() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(poolState.getThreadsAwaitingConnection()).isEqualTo(1);

            long closing = System.nanoTime();
            pool.close();
            Throwable failure = waiter.get(5, TimeUnit.SECONDS);
            long failedAfterMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - closing);
            release.countDown();

            assertThat(failure).isExactlyInstanceOf(ActiveRecordException.class)
                    .hasMessage("The database " + pool.dialectName() + " " + Database.withoutPassword(pool.url())
                            + " was closed while this thread waited for a connection; it can no longer run statements");
            assertThat(failedAfterMillis).isLessThan(3_000);
            assertThat(waiterInterrupted).as("the wake-up leaves no interrupt behind").isFalse();
            holder.get(20, TimeUnit.SECONDS);
        } finally {
            pool.close();
        }
    }

    /**
     * Regression: a write whose pooled connection no longer answered waited for its replacement in a wait that closing
     * the database did not end: it waited out the whole acquisition timeout (here 30 s). The network goes silent just
     * after a read, so the pool hands the write that connection unchecked (it was used under half a second before), its
     * check fails (within the connect timeout on PostgreSQL, the socket timeout on MariaDB, whose driver ignores the
     * check's own) and no replacement can connect.
     */
    @ServerDatabaseTest
    void writeWaitingForAReplacementOfADeadConnection_whenAnotherThreadClosesTheDatabase_failsAtOnce(Database shared)
            throws Exception {
        TestSchema.recreate(shared, User.class);
        try (TcpProxy network = TcpProxy.forwardingTo(TestPools.serverPort(shared))) {
            Database pool = TestPools.builderThrough(shared, network).maximumPoolSize(1).connectTimeout(Duration.ofSeconds(1))
                    .statementTimeout(Duration.ofSeconds(1)).socketTimeout(Duration.ofSeconds(2)).acquireTimeout(Duration.ofSeconds(30))
                    .build();
            try {
                CompletableFuture<Throwable> writer = onItsOwnThread(() -> catchThrowable(() -> pool.use(() -> {
                    User.query().count();
                    network.silence();
                    new User("Ann", 31).save();
                })));
                HikariPoolMXBean poolState = ((HikariDataSource) pool.dataSource()).getHikariPoolMXBean();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (poolState.getThreadsAwaitingConnection() == 0 && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                assertThat(poolState.getThreadsAwaitingConnection()).as("the write waiting for a replacement").isEqualTo(1);

                CompletableFuture<Void> closing = CompletableFuture.runAsync(pool::close, threads);
                Throwable failure = catchThrowable(() -> writer.get(5, TimeUnit.SECONDS));

                assertThat(failure).as("the write 5 s after close()").isNull();
                assertThat(writer.get()).isExactlyInstanceOf(ActiveRecordException.class)
                        .hasMessage("The database " + pool.dialectName() + " " + Database.withoutPassword(pool.url())
                                + " was closed while this thread waited for a connection; it can no longer run statements");
                closing.get(20, TimeUnit.SECONDS);
            } finally {
                pool.close();
            }
        }
    }

    /**
     * Regression: a caller interrupted while it waited for the pool failed with a StatementFailedException
     * ("Statement failed on ...: ... Interrupted during connection acquisition", with the SQL), and statement
     * listeners were told of a failed statement, for a statement that never reached the database.
     */
    @DatabaseTest
    void queryWaitingForAConnection_whenItsThreadIsInterrupted_failsSayingSo_andKeepsTheInterrupt(Database database)
            throws Exception {
        try (Database pool = TestPools.builderLike(database).maximumPoolSize(1).acquireTimeout(Duration.ofSeconds(20))
                .build()) {
            TestSchema.recreate(pool, User.class);
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Boolean> holder = onItsOwnThread(() -> pool.transaction(() -> {
                User.query().count();
                holding.countDown();
                return awaitQuietly(release);
            }));
            assertThat(holding.await(20, TimeUnit.SECONDS)).isTrue();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            AtomicBoolean stillInterrupted = new AtomicBoolean();
            AtomicInteger failedStatements = new AtomicInteger();
            Thread waiter = new Thread(() -> {
                try (ListenerRegistration listening = pool.addListener(event -> failedStatements.incrementAndGet())) {
                    failure.set(catchThrowable(() -> pool.use(() -> User.query().count())));
                    stillInterrupted.set(Thread.currentThread().isInterrupted());
                }
            });
            waiter.start();
            Thread.sleep(300);

            waiter.interrupt();
            waiter.join(20_000);
            release.countDown();
            assertThat(holder.get(20, TimeUnit.SECONDS)).isTrue();

            assertThat(failure.get()).isExactlyInstanceOf(ActiveRecordException.class)
                    .hasMessageStartingWith("Interrupted while waiting for a connection of " + pool.dialectName())
                    .hasMessageNotContaining("SQL:");
            assertThat(stillInterrupted).isTrue();
            assertThat(failedStatements).hasValue(0);
            assertThat(pool.use(() -> User.query().count())).isZero();
        }
    }

    private static boolean awaitQuietly(CountDownLatch latch) {
        try {
            return latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestPools;
import org.activerecord4j.testing.TestSchema;

/**
 * A sync caller waits for a pooled connection for the pool's acquisition timeout, then fails with a message
 * that says the pool was busy and what to do, not that a connection was lost, and without waiting twice.
 */
class ConnectionWaitTest {

    @DatabaseTest
    void queryWaitingLongerThanTheAcquireTimeout_failsSayingThePoolWasBusy_andLaterQueriesRun(Database database)
            throws Exception {
        try (Database pool = TestPools.builderLike(database).maximumPoolSize(1).acquireTimeout(Duration.ofSeconds(2))
                .build()) {
            TestSchema.recreate(pool, User.class);
            pool.use(() -> ActiveRecord.saveAll(List.of(new User("Ann", 31), new User("Bob", 40))));
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Boolean> holder = CompletableFuture.supplyAsync(() -> pool.transaction(() -> {
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

    private static boolean awaitQuietly(CountDownLatch latch) {
        try {
            return latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

package org.activerecord4j.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.Database;
import org.activerecord4j.models.async.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestPools;
import org.activerecord4j.testing.TestSchema;

/**
 * Async work waits for a connection without holding a thread, but not for ever: like a sync caller, it fails
 * after the pool's acquisition timeout, with a message saying why and what to do.
 */
class AsyncConnectionWaitTest {

    @DatabaseTest
    void callWaitingLongerThanTheAcquireTimeout_failsNamingTheFix_andLaterCallsRun(Database database) throws Exception {
        try (Database pool = TestPools.builderLike(database).maximumPoolSize(1).acquireTimeout(Duration.ofSeconds(1))
                .build()) {
            TestSchema.recreate(pool, User.class);
            pool.use(() -> AsyncActiveRecord.saveAll(List.of(new User("Ann", 31), new User("Bob", 40))))
                    .get(20, TimeUnit.SECONDS);
            CompletableFuture<Void> first = new CompletableFuture<>();
            RecordingSubscriber<User> holding = new RecordingSubscriber<User>(0).onEach((self, user) -> first.complete(null));
            pool.use(() -> User.query().stream(1)).subscribe(holding);
            holding.request(1);
            first.get(20, TimeUnit.SECONDS);            // the stream holds the pool's one connection, idle

            long started = System.nanoTime();
            CompletableFuture<Long> waiting = pool.use(() -> User.query().count());
            Throwable failure = catchThrowable(() -> waiting.get(20, TimeUnit.SECONDS));
            long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

            assertThat(failure).isInstanceOf(ExecutionException.class).cause().isInstanceOf(ActiveRecordException.class)
                    .hasMessageStartingWith("No connection of " + pool.dialectName())
                    .hasMessageContaining("became free within 1000 ms for async work")
                    .hasMessageEndingWith("raise maximumPoolSize or acquireTimeout");
            assertThat(waitedMillis).isBetween(900L, 15_000L);

            holding.cancel();
            assertThat(pool.use(() -> User.query().count()).get(20, TimeUnit.SECONDS)).isEqualTo(2L);
        }
    }
}

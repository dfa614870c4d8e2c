package org.activerecord4j.async;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.Database;
import org.activerecord4j.models.async.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestPools;
import org.activerecord4j.testing.TestSchema;

/**
 * An async transaction whose first statement found no free connection within the acquisition timeout, and
 * whose chain handles that failure, behaves as the sync block that catches the same failure: the transaction
 * has not started (it holds no connection), so it ends normally with the chain's value, and a statement the chain
 * makes afterwards runs in it. Before, the lane was closed by the failed wait, so the transaction failed with
 * "This async transaction has already ended ..." although the chain never saw it end.
 */
class AsyncTransactionConnectionWaitTest {

    @DatabaseTest
    void firstStatementTimedOut_chainRecovers_transactionEndsWithTheChainsValue(Database database) throws Exception {
        try (Database pool = TestPools.builderLike(database).maximumPoolSize(1).acquireTimeout(Duration.ofMillis(500))
                .build()) {
            TestSchema.recreate(pool, User.class);
            CompletableFuture<Void> release = new CompletableFuture<>();
            CompletableFuture<Void> holding = new CompletableFuture<>();
            CompletableFuture<Object> holder = pool.transactionAsync(() -> new User("Ann", 31).save()
                    .thenCompose(saved -> {
                        holding.complete(null);
                        return release.thenApply(ignored -> (Object) saved);
                    }));
            holding.get(30, TimeUnit.SECONDS);     // the holder's transaction has the pool's one connection

            CompletableFuture<Throwable> waitFailure = new CompletableFuture<>();
            CompletableFuture<Long> recovered = pool.use(() -> AsyncActiveRecord.transaction(() -> User.query().count()
                    .exceptionally(failure -> {
                        waitFailure.complete(failure);
                        return -1L;
                    })));
            Throwable outcome = recovered.handle((value, failure) -> failure).get(30, TimeUnit.SECONDS);
            release.complete(null);
            holder.get(30, TimeUnit.SECONDS);

            assertThat(waitFailure.get(1, TimeUnit.SECONDS)).isInstanceOf(ActiveRecordException.class)
                    .hasMessageContaining("became free within 500 ms for async work");
            assertThat(outcome).as("the transaction's failure, after its chain handled the wait's").isNull();
            assertThat(recovered.join()).isEqualTo(-1L);
            assertThat(TestPools.activeConnections(pool)).isZero();
        }
    }
}

package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/**
 * Transactions that read and then write, started at the same moment, wait for each other instead of
 * failing. Regression test for issue 12: SQLite transactions began DEFERRED, so two of them both took the
 * read lock and the second to write failed at once with {@code SQLITE_BUSY}.
 */
class ConcurrentTransactionsTest {

    private static final int THREADS = 4;
    private static final int ROUNDS = 10;

    @BeforeEach
    void schema(Database database) {
        TestSchema.recreate(database, User.class);
    }

    @DatabaseTest
    void readThenWriteTransactions_startedTogether_allCommit(Database database) throws Exception {
        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                int number = thread;
                done.add(threads.submit(() -> {
                    for (int round = 0; round < ROUNDS; round++) {
                        start.await(10, TimeUnit.SECONDS);
                        database.transaction(() -> {
                            long before = User.query().count();
                            new User("thread " + number, (int) before).save();
                        });
                    }
                    return null;
                }));
            }
            for (Future<?> thread : done) {
                thread.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(database.use(() -> User.query().count())).isEqualTo(THREADS * ROUNDS);
    }
}

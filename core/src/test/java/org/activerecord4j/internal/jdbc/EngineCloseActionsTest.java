package org.activerecord4j.internal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.activerecord4j.internal.dialect.Dialects;
import org.activerecord4j.internal.dialect.Timeouts;
import org.junit.jupiter.api.Test;

/**
 * The actions {@link Engine#onClose} registers run exactly once, also when one is registered while {@code close()}
 * runs them (an async executor's shutdown registered by the first async call made as the database closes).
 * Embedded database only: nothing here reaches a server.
 */
class EngineCloseActionsTest {

    private static final String URL = "jdbc:sqlite::memory:";

    /**
     * Regression test: an action registered while close() ran its actions, after it had taken its list of them and
     * before it cleared that list, was cleared without running (the registering thread then found it gone and left it
     * to close()), so the executor it would have shut down kept its threads. The registering thread is held between
     * adding its action and looking whether the database closed meanwhile: the list's remove asks the action's
     * {@code equals}, which waits there until close() has returned.
     */
    @Test
    void actionRegisteredWhileCloseRunsTheOthers_runsExactlyOnce() throws Exception {
        Engine engine = new Engine(new PoolSettings(URL, null, null, 2, Timeouts.DEFAULTS), Dialects.forUrl(URL), true,
                Duration.ZERO, false, null);
        CountDownLatch closeRunsItsActions = new CountDownLatch(1);
        CountDownLatch lateActionAdded = new CountDownLatch(1);
        CountDownLatch closeReturned = new CountDownLatch(1);
        engine.onClose(() -> {
            closeRunsItsActions.countDown();
            await(lateActionAdded);
        });
        AtomicInteger lateRuns = new AtomicInteger();
        Runnable late = new Runnable() {
            private final AtomicInteger looks = new AtomicInteger();

            @Override
            public void run() {
                lateRuns.incrementAndGet();
            }

            @Override
            public boolean equals(Object other) {
                if (looks.getAndIncrement() == 0) {
                    lateActionAdded.countDown();   // added, not yet known to have run: let close() go on and end
                    await(closeReturned);
                }
                return this == other;
            }

            @Override
            public int hashCode() {
                return System.identityHashCode(this);
            }
        };
        CompletableFuture<Void> closing = CompletableFuture.runAsync(() -> {
            engine.close();
            closeReturned.countDown();
        });
        assertThat(closeRunsItsActions.await(20, TimeUnit.SECONDS)).isTrue();

        engine.onClose(late);
        closing.get(20, TimeUnit.SECONDS);

        assertThat(lateRuns).as("runs of the action registered while close() ran").hasValue(1);
        assertThat(engine.isClosed()).isTrue();
    }

    @Test
    void actionRegisteredAfterClose_runsAtOnce_andActionsBeforeItRunOnce() {
        Engine engine = new Engine(new PoolSettings(URL, null, null, 2, Timeouts.DEFAULTS), Dialects.forUrl(URL), true,
                Duration.ZERO, false, null);
        AtomicInteger before = new AtomicInteger();
        engine.onClose(before::incrementAndGet);
        engine.close();
        engine.close();
        AtomicInteger after = new AtomicInteger();

        engine.onClose(after::incrementAndGet);

        assertThat(before).hasValue(1);
        assertThat(after).hasValue(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("waited 5 s for the other thread");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
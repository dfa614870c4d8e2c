package org.activerecord4j.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class JitSettleTest {

    @Test
    void settle_runsAtLeastItsMinimum_thenStopsOnceTheJitIsQuiet() {
        AtomicInteger calls = new AtomicInteger();
        long started = System.nanoTime();

        int operations = JitSettle.run("test", 20, () -> {
            calls.incrementAndGet();
            sleep(50);
            return 1;
        });

        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        assertThat(operations).isEqualTo(calls.get()).isGreaterThanOrEqualTo(JitSettle.MIN_OPERATIONS);
        assertThat(seconds).isGreaterThanOrEqualTo(JitSettle.MIN_SECONDS).isLessThan(20);
        assertThat(JitSettle.lastOperations()).isEqualTo(operations);
        assertThat(JitSettle.lastSettled()).isTrue();
    }

    @Test
    void settle_ofZeroSeconds_runsNothing() {
        assertThat(JitSettle.run("test", 0, () -> {
            throw new AssertionError("must not run");
        })).isZero();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package org.activerecord4j.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ProcessCpuClockTest {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void nanos_onLinux_countsAFewMillisecondsOfThisThread_notWholeTicks() {
        assumeTrue(ProcessCpuClock.precise(), "per-thread CPU times are read from /proc, which only Linux has");
        long least = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long before = ProcessCpuClock.nanos();
            long threadBefore = THREADS.getCurrentThreadCpuTime();
            spinFor(3_000_000, threadBefore);
            long spent = ProcessCpuClock.nanos() - before;

            assertThat(spent).as("round %d: at least this thread's 3 ms", round).isGreaterThanOrEqualTo(3_000_000L);
            least = Math.min(least, spent);
        }
        // A 10 ms tick clock reads 0 or 10 ms each time; the process's other threads add a little on top.
        assertThat(least).isLessThan(9_000_000L);
    }

    @Test
    void nanos_neverGoesBack() {
        long previous = ProcessCpuClock.nanos();
        for (int i = 0; i < 50; i++) {
            long now = ProcessCpuClock.nanos();
            assertThat(now).isGreaterThanOrEqualTo(previous);
            previous = now;
        }
    }

    @Test
    void nanos_keepsTheTimeOfAThreadThatHasEnded() throws InterruptedException {
        assumeTrue(ProcessCpuClock.precise(), "per-thread CPU times are read from /proc, which only Linux has");
        CountDownLatch spun = new CountDownLatch(1);
        CountDownLatch end = new CountDownLatch(1);
        Thread worker = new Thread(() -> {
            spinFor(30_000_000, THREADS.getCurrentThreadCpuTime());
            spun.countDown();
            awaitQuietly(end);
        });
        worker.start();
        assertThat(spun.await(30, TimeUnit.SECONDS)).isTrue();
        long whileAlive = ProcessCpuClock.nanos();

        end.countDown();
        worker.join(30_000);
        assertThat(worker.isAlive()).isFalse();

        // Dropping the ended thread from the sum would take its 30 ms off this reading.
        assertThat(ProcessCpuClock.nanos()).isGreaterThanOrEqualTo(whileAlive);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void spinFor(long cpuNanos, long threadStart) {
        double sink = 0;
        while (THREADS.getCurrentThreadCpuTime() - threadStart < cpuNanos) {
            for (int i = 0; i < 1_000; i++) {
                sink += Math.sqrt(i);
            }
        }
        assertThat(sink).isPositive();
    }
}

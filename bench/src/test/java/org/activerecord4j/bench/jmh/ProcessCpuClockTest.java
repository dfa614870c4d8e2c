package org.activerecord4j.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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

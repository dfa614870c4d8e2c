package org.activerecord4j.bench.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The CPU time of this whole process, every thread (the benchmark's, its driver's, the garbage collector's,
 * the JIT's), to the nanosecond where Linux tells it: the sum of each thread's time on a CPU from
 * {@code /proc/self/task/<id>/schedstat}. {@code OperatingSystemMXBean.getProcessCpuTime()}, the fallback
 * elsewhere, counts whole clock ticks (10 ms on Linux), more than a scenario that runs one or two operations
 * per iteration spends in some of them. A thread that has ended keeps counting with the time it had at the
 * last reading that saw it: the JVM stops idle JIT compiler threads, and one that had compiled for a second,
 * dropped from the sum, took a second off the iteration it ended in (the first full run of this clock read
 * S7's async twin at minus 429 ms per operation). What a thread spends between its last reading and its end
 * is not counted. Reading costs about 0.2 ms of CPU. Thread-safe.
 */
final class ProcessCpuClock {

    private static final Path TASKS = Path.of("/proc/self/task");
    private static final com.sun.management.OperatingSystemMXBean SYSTEM =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final boolean PER_THREAD = Files.isReadable(TASKS.resolve(Long.toString(ProcessHandle.current().pid()))
            .resolve("schedstat"));

    /** Each thread's time at the last reading, by thread id. */
    private static Map<String, Long> lastSeen = new HashMap<>();
    /** The time of the threads that have ended since the first reading, as the last reading that saw them had it. */
    private static long ended;

    private ProcessCpuClock() {
    }

    /**
     * Returns the process's CPU time so far.
     *
     * @return nanoseconds, comparable only with other readings of this clock in this process
     * @throws UncheckedIOException when the threads that could be listed before cannot be listed now
     */
    static synchronized long nanos() {
        if (!PER_THREAD) {
            return SYSTEM.getProcessCpuTime();
        }
        Map<String, Long> seen = new HashMap<>(lastSeen.size() * 2);
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(TASKS)) {
            for (Path thread : threads) {
                long nanos = onCpu(thread);
                if (nanos >= 0) {
                    seen.put(thread.getFileName().toString(), nanos);
                }
            }
        } catch (IOException e) {
            // Not the fallback: a figure from two different clocks would be silently wrong.
            throw new UncheckedIOException("Cannot list this process's threads in " + TASKS, e);
        }
        lastSeen.forEach((thread, nanos) -> {
            if (!seen.containsKey(thread)) {
                ended += nanos;
            }
        });
        lastSeen = seen;
        long sum = ended;
        for (long nanos : seen.values()) {
            sum += nanos;
        }
        return sum;
    }

    /** A thread's time on a CPU (schedstat's first field), or -1 when it ended while the threads were listed. */
    private static long onCpu(Path thread) {
        try {
            String stat = Files.readString(thread.resolve("schedstat"));
            return Long.parseLong(stat.substring(0, stat.indexOf(' ')));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * Returns whether readings are per-thread nanoseconds rather than the tick-counting fallback.
     *
     * @return true on Linux
     */
    static boolean precise() {
        return PER_THREAD;
    }
}

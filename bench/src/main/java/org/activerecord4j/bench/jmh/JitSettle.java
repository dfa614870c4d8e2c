package org.activerecord4j.bench.jmh;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Runs a fork's operation, before JMH's warm-up, until the JIT has settled: until, after at least
 * {@value #MIN_OPERATIONS} operations and {@value #MIN_SECONDS} seconds, {@value #QUIET_IN_A_ROW} operations in a
 * row each spent at most {@value #QUIET_PERCENT}% of their wall time compiling, or the time allowed is up. A
 * warm-up counted in seconds leaves a slow operation's code half compiled (S3 does six operations a second; its first ones
 * are still being compiled after three seconds), and the compiler threads' CPU then lands in the measured
 * iterations of whichever implementation compiles most. Keeps what it did for {@link CpuTimeProfiler}, which
 * reports it in the fork's log ({@value #OPERATIONS_LABEL}, {@value #SETTLED_LABEL}).
 */
final class JitSettle {

    /** The secondary result holding the operations the settle ran. */
    static final String OPERATIONS_LABEL = "settle.ops";
    /** The secondary result saying whether the JIT settled (1) or the time ran out (0). */
    static final String SETTLED_LABEL = "settle.quiet";
    static final int MIN_OPERATIONS = 3;
    static final int MIN_SECONDS = 3;
    static final int QUIET_IN_A_ROW = 2;
    static final int QUIET_PERCENT = 2;

    /** What the last settle in this JVM did: operations run, or -1 for none. */
    private static volatile int lastOperations = -1;
    private static volatile boolean lastSettled;

    private JitSettle() {
    }

    /**
     * Returns the operations the fork's settle ran.
     *
     * @return the operations, or -1 when it ran none
     */
    static int lastOperations() {
        return lastOperations;
    }

    /**
     * Returns whether the fork's settle ended with the JIT quiet rather than out of time.
     *
     * @return true when it settled
     */
    static boolean lastSettled() {
        return lastSettled;
    }

    /**
     * Runs {@code operation} until the JIT is quiet or {@code seconds} have passed.
     *
     * @param label the fork, for the log
     * @param seconds the time allowed; 0 runs nothing
     * @param operation one operation, with whatever cleanup it needs after it (untimed work included)
     * @return the number of operations run
     */
    static int run(String label, int seconds, LongSupplier operation) {
        if (seconds <= 0) {
            return 0;
        }
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        if (compiler == null || !compiler.isCompilationTimeMonitoringSupported()) {
            System.out.println("# JIT settle: this JVM does not report compilation time; skipped");
            return 0;
        }
        long start = System.nanoTime();
        long deadline = start + seconds * 1_000_000_000L;
        long minimum = start + MIN_SECONDS * 1_000_000_000L;
        int operations = 0;
        int quiet = 0;
        long sink = 0;
        while (quiet < QUIET_IN_A_ROW || operations < MIN_OPERATIONS || System.nanoTime() < minimum) {
            if (System.nanoTime() > deadline) {
                System.out.printf(Locale.ROOT, "# JIT settle (%s): still compiling after %d operations in %d s%n",
                        label, operations, seconds);
                lastOperations = operations;
                lastSettled = false;
                return operations;
            }
            long compiledBefore = compiler.getTotalCompilationTime();
            long began = System.nanoTime();
            sink += operation.getAsLong();
            long wallMillis = Math.max(1, (System.nanoTime() - began) / 1_000_000);
            long compilingMillis = compiler.getTotalCompilationTime() - compiledBefore;
            quiet = compilingMillis * 100 <= wallMillis * QUIET_PERCENT ? quiet + 1 : 0;
            operations++;
        }
        lastOperations = operations;
        lastSettled = true;
        System.out.printf(Locale.ROOT, "# JIT settle (%s): quiet after %d operations in %.1f s (checksum %d)%n", label,
                operations, (System.nanoTime() - start) / 1e9, sink);
        return operations;
    }
}

package org.activerecord4j.bench.jmh;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Reports, inside the forked JVM, the CPU time the whole process spent in each iteration (every thread: the
 * benchmark thread, its driver, the garbage collector, the JIT): per operation as {@value #LABEL} (the mean
 * over iterations, for JMH's log), and as the totals {@value #TOTAL_LABEL} and {@value #OPERATIONS_LABEL}
 * (summed over the fork's measured iterations), whose quotient is the fork's CPU time per operation, each
 * operation weighing the same however the iterations split them; and, when the fork settled its JIT first
 * ({@link JitSettle}), how many operations that took and whether it settled. The time comes from
 * {@link ProcessCpuClock}: to the nanosecond on Linux, not in the operating system's 10 ms ticks. Where the
 * database server is the bottleneck, times per operation tie; this shows what each implementation costs the
 * client meanwhile.
 * Not thread-safe; JMH calls it from one thread.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    /** The secondary result's label. */
    public static final String LABEL = "cpu.time";
    /** The secondary result holding the CPU time of all measured iterations, ms. */
    public static final String TOTAL_LABEL = "cpu.time.total";
    /** The secondary result holding the operations of all measured iterations. */
    public static final String OPERATIONS_LABEL = "cpu.ops";

    private long startNanos;

    /** Creates the profiler; JMH does this. */
    public CpuTimeProfiler() {
    }

    @Override
    public String getDescription() {
        return "Process CPU time per operation, ms";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        startNanos = ProcessCpuClock.nanos();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        long operations = result.getMetadata().getAllOps();
        if (operations == 0) {
            return List.of();
        }
        double millis = (ProcessCpuClock.nanos() - startNanos) / 1e6;
        List<Result<?>> results = new ArrayList<>(List.of(
                new ScalarResult(LABEL, millis / operations, "ms/op", AggregationPolicy.AVG),
                new ScalarResult(TOTAL_LABEL, millis, "ms", AggregationPolicy.SUM),
                new ScalarResult(OPERATIONS_LABEL, operations, "ops", AggregationPolicy.SUM)));
        if (JitSettle.lastOperations() >= 0) {
            results.add(new ScalarResult(JitSettle.OPERATIONS_LABEL, JitSettle.lastOperations(), "ops",
                    AggregationPolicy.MAX));
            results.add(new ScalarResult(JitSettle.SETTLED_LABEL, JitSettle.lastSettled() ? 1 : 0, "",
                    AggregationPolicy.MIN));
        }
        return results;
    }
}

package org.activerecord4j.bench.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
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
 * Reports, inside the forked JVM, the peak heap of each iteration: the sum of the peak usage of the
 * heap memory pools since the iteration began, in MB, as the secondary result {@value #LABEL} (the
 * maximum over iterations). Stateless; JMH instantiates it.
 */
public final class PeakHeapProfiler implements InternalProfiler {

    /** The secondary result's label. */
    public static final String LABEL = "peak.heap";

    /** Creates the profiler; JMH does this. */
    public PeakHeapProfiler() {
    }

    @Override
    public String getDescription() {
        return "Peak heap usage (sum of heap pools' peaks) per iteration, MB";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        for (MemoryPoolMXBean pool : heapPools()) {
            pool.resetPeakUsage();
        }
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        long bytes = 0;
        for (MemoryPoolMXBean pool : heapPools()) {
            bytes += pool.getPeakUsage().getUsed();
        }
        return List.of(new ScalarResult(LABEL, bytes / (1024.0 * 1024.0), "MB", AggregationPolicy.MAX));
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    }
}

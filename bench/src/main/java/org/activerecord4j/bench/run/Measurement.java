package org.activerecord4j.bench.run;

import java.util.Arrays;
import java.util.List;
import org.activerecord4j.bench.Implementation;
import org.activerecord4j.bench.Scenario;

/**
 * One implementation's result in one scenario: one {@link Fork} per round, in round order, so that the
 * implementations' forks of the same round can be paired.
 *
 * @param scenario the scenario
 * @param implementation the implementation
 * @param forks one entry per round, failed forks included
 */
public record Measurement(Scenario scenario, Implementation implementation, List<Fork> forks) {

    /**
     * Copies the forks.
     *
     * @param scenario the scenario
     * @param implementation the implementation
     * @param forks one entry per round
     */
    public Measurement {
        forks = List.copyOf(forks);
    }

    /**
     * One JMH fork's figures.
     *
     * @param round the round it ran in, from 0
     * @param medianMillis the median time per operation over its measured iterations, NaN when it failed
     * @param samples how many operations it timed
     * @param cpuMillis the process's CPU time over its measured iterations (all threads) per operation, or NaN
     * @param allocatedBytes bytes allocated per operation (JMH's {@code gc.alloc.rate.norm}), or NaN
     * @param peakHeapMegabytes its peak heap (S7 only), or NaN
     */
    public record Fork(int round, double medianMillis, long samples, double cpuMillis, double allocatedBytes,
            double peakHeapMegabytes) {

        /**
         * Returns a failed fork.
         *
         * @param round the round
         * @return the fork, every figure NaN
         */
        public static Fork failed(int round) {
            return new Fork(round, Double.NaN, 0, Double.NaN, Double.NaN, Double.NaN);
        }

        /**
         * Returns whether the fork completed its benchmark.
         *
         * @return false when it failed (for S7: ran out of heap)
         */
        public boolean succeeded() {
            return !Double.isNaN(medianMillis);
        }
    }

    /**
     * Returns whether every fork completed.
     *
     * @return false when there is no fork or any failed (for S7: ran out of heap)
     */
    public boolean succeeded() {
        return !forks.isEmpty() && forks.stream().allMatch(Fork::succeeded);
    }

    /**
     * Returns how many forks failed.
     *
     * @return the number of failed forks
     */
    public long failedForks() {
        return forks.stream().filter(fork -> !fork.succeeded()).count();
    }

    /**
     * Returns one figure's values, one per round (NaN for a failed fork).
     *
     * @param metric the figure
     * @param rounds how many rounds the run had; rounds this measurement lacks are NaN
     * @return the values, indexed by round
     */
    public double[] values(Metric metric, int rounds) {
        double[] values = new double[rounds];
        Arrays.fill(values, Double.NaN);
        for (Fork fork : forks) {
            if (fork.round() < rounds) {
                values[fork.round()] = metric.of(fork);
            }
        }
        return values;
    }

    /**
     * Returns one figure over the forks: the median and range of the per-fork values.
     *
     * @param metric the figure
     * @return the spread, empty when no fork gave it
     */
    public Spread spread(Metric metric) {
        return Spread.of(forks.stream().mapToDouble(metric::of).toArray());
    }

    /**
     * Returns the median over the forks of their median time per operation.
     *
     * @return milliseconds, NaN when every fork failed
     */
    public double medianMillis() {
        return spread(Metric.WALL).median();
    }

    /**
     * Returns the median over the forks of their client CPU time per operation.
     *
     * @return milliseconds, NaN when no fork gave it
     */
    public double cpuMillis() {
        return spread(Metric.CPU).median();
    }

    /**
     * Returns the highest peak heap of any fork.
     *
     * @return megabytes, NaN when not measured
     */
    public double peakHeapMegabytes() {
        return spread(Metric.PEAK_HEAP).max();
    }

    /**
     * Returns how many operations all forks timed together.
     *
     * @return the number of samples
     */
    public long samples() {
        return forks.stream().mapToLong(Fork::samples).sum();
    }
}

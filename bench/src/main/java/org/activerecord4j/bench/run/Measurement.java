package org.activerecord4j.bench.run;

import org.activerecord4j.bench.Implementation;
import org.activerecord4j.bench.Scenario;

/**
 * One implementation's result in one scenario.
 *
 * @param scenario the scenario
 * @param implementation the implementation
 * @param medianMillis the median time per operation, or NaN when the benchmark failed
 * @param samples how many operations were timed
 * @param peakHeapMegabytes the peak heap in the fork (S7 only), or NaN
 * @param cpuMillis the benchmark process's CPU time per operation (all threads), or NaN
 */
public record Measurement(Scenario scenario, Implementation implementation, double medianMillis, long samples,
        double peakHeapMegabytes, double cpuMillis) {

    /**
     * Returns a failed measurement.
     *
     * @param scenario the scenario
     * @param implementation the implementation
     * @return the measurement
     */
    public static Measurement failed(Scenario scenario, Implementation implementation) {
        return new Measurement(scenario, implementation, Double.NaN, 0, Double.NaN, Double.NaN);
    }

    /**
     * Returns whether the benchmark completed.
     *
     * @return false when its fork failed (for S7: ran out of heap)
     */
    public boolean succeeded() {
        return !Double.isNaN(medianMillis);
    }
}

package org.activerecord4j.bench.run;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.activerecord4j.bench.Implementation;
import org.activerecord4j.bench.Scenario;
import org.activerecord4j.bench.db.BenchDatabase;

/**
 * Everything measured on one database.
 *
 * @param database the database
 * @param version its version string
 * @param verification the checksum check and S5's statement counts, or null when skipped
 * @param measurements every scenario's measurements
 */
public record DatabaseReport(BenchDatabase database, String version, Verification verification,
        List<Measurement> measurements) {

    /**
     * Returns the scenarios measured, in order.
     *
     * @return the scenarios
     */
    public List<Scenario> scenarios() {
        return measurements.stream().map(Measurement::scenario).distinct().sorted().toList();
    }

    /**
     * Returns one measurement.
     *
     * @param scenario the scenario
     * @param implementation the implementation
     * @return the measurement, or null when it was not run
     */
    public Measurement measurement(Scenario scenario, Implementation implementation) {
        return measurements.stream()
                .filter(measurement -> measurement.scenario() == scenario && measurement.implementation() == implementation)
                .findFirst().orElse(null);
    }

    /**
     * Returns whether {@code implementation} measured any scenario.
     *
     * @param implementation the implementation
     * @return true when the report has one of its measurements
     */
    public boolean measured(Implementation implementation) {
        return measurements.stream().anyMatch(measurement -> measurement.implementation() == implementation);
    }

    /**
     * Returns an implementation's median divided by JDBC's median in a scenario.
     *
     * @param scenario the scenario
     * @param implementation the implementation
     * @return the ratio, or NaN when either is missing or failed
     */
    public double ratio(Scenario scenario, Implementation implementation) {
        return ratio(scenario, implementation, Implementation.JDBC, Measurement::medianMillis);
    }

    /**
     * Returns an implementation's CPU time per operation divided by JDBC's in a scenario.
     *
     * @param scenario the scenario
     * @param implementation the implementation
     * @return the ratio, or NaN when either is missing, failed or has no CPU time
     */
    public double cpuRatio(Scenario scenario, Implementation implementation) {
        return ratio(scenario, implementation, Implementation.JDBC, Measurement::cpuMillis);
    }

    /**
     * Returns the async twin's median divided by activerecord4j's sync median in a scenario.
     *
     * @param scenario the scenario
     * @return the ratio, or NaN when either is missing or failed
     */
    public double asyncRatio(Scenario scenario) {
        return ratio(scenario, Implementation.ACTIVERECORD4J_ASYNC, Implementation.ACTIVERECORD4J, Measurement::medianMillis);
    }

    /**
     * Returns the async twin's CPU time per operation divided by activerecord4j's sync one in a scenario.
     *
     * @param scenario the scenario
     * @return the ratio, or NaN when either is missing, failed or has no CPU time
     */
    public double asyncCpuRatio(Scenario scenario) {
        return ratio(scenario, Implementation.ACTIVERECORD4J_ASYNC, Implementation.ACTIVERECORD4J, Measurement::cpuMillis);
    }

    private double ratio(Scenario scenario, Implementation implementation, Implementation reference,
            ToDoubleFunction<Measurement> value) {
        Measurement base = measurement(scenario, reference);
        Measurement other = measurement(scenario, implementation);
        if (base == null || other == null || !base.succeeded() || !other.succeeded()) {
            return Double.NaN;
        }
        return value.applyAsDouble(other) / value.applyAsDouble(base);
    }
}

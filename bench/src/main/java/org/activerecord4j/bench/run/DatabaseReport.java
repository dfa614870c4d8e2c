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
     * Returns an implementation's median divided by JDBC's median in a scenario.
     *
     * @param scenario the scenario
     * @param implementation the implementation
     * @return the ratio, or NaN when either is missing or failed
     */
    public double ratio(Scenario scenario, Implementation implementation) {
        return ratio(scenario, implementation, Measurement::medianMillis);
    }

    /**
     * Returns an implementation's CPU time per operation divided by JDBC's in a scenario.
     *
     * @param scenario the scenario
     * @param implementation the implementation
     * @return the ratio, or NaN when either is missing, failed or has no CPU time
     */
    public double cpuRatio(Scenario scenario, Implementation implementation) {
        return ratio(scenario, implementation, Measurement::cpuMillis);
    }

    private double ratio(Scenario scenario, Implementation implementation, ToDoubleFunction<Measurement> value) {
        Measurement jdbc = measurement(scenario, Implementation.JDBC);
        Measurement other = measurement(scenario, implementation);
        if (jdbc == null || other == null || !jdbc.succeeded() || !other.succeeded()) {
            return Double.NaN;
        }
        return value.applyAsDouble(other) / value.applyAsDouble(jdbc);
    }
}

package org.activerecord4j.bench.run;

import java.util.List;
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
        List<Measurement> measurements, HandOffFloor handOff) {

    /**
     * A report without a hand-over floor (a run without the async twin).
     *
     * @param database the database
     * @param version its version
     * @param verification the verification, or null when skipped
     * @param measurements the measurements
     */
    public DatabaseReport(BenchDatabase database, String version, Verification verification,
            List<Measurement> measurements) {
        this(database, version, verification, measurements, null);
    }

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
     * Returns the implementations measured, in the run's order.
     *
     * @return the implementations
     */
    public List<Implementation> implementations() {
        return measurements.stream().map(Measurement::implementation).distinct().sorted().toList();
    }

    /**
     * Returns the peers activerecord4j is compared with: every implementation measured but JDBC (the
     * reference), activerecord4j and its async twin.
     *
     * @return the peers, in the run's order
     */
    public List<Implementation> peers() {
        return implementations().stream().filter(implementation -> implementation != Implementation.JDBC
                && implementation != Implementation.ACTIVERECORD4J && implementation != Implementation.ACTIVERECORD4J_ASYNC)
                .toList();
    }

    /**
     * Returns an implementation's figure as a ratio to JDBC's in the same round: the median and range over
     * the rounds in which both forks succeeded.
     *
     * @param scenario the scenario
     * @param implementation the implementation
     * @param metric the figure
     * @return the ratio's spread, empty when either is missing or no round has both
     */
    public Spread ratio(Scenario scenario, Implementation implementation, Metric metric) {
        return ratio(scenario, implementation, Implementation.JDBC, metric);
    }

    /**
     * Returns the async twin's figure as a ratio to activerecord4j's sync one in the same round.
     *
     * @param scenario the scenario
     * @param metric the figure
     * @return the ratio's spread, empty when either is missing or no round has both
     */
    public Spread asyncRatio(Scenario scenario, Metric metric) {
        return ratio(scenario, Implementation.ACTIVERECORD4J_ASYNC, Implementation.ACTIVERECORD4J, metric);
    }

    private Spread ratio(Scenario scenario, Implementation implementation, Implementation reference, Metric metric) {
        Measurement base = measurement(scenario, reference);
        Measurement other = measurement(scenario, implementation);
        if (base == null || other == null) {
            return Spread.NONE;
        }
        int rounds = Math.max(rounds(base), rounds(other));
        return Spread.ratios(other.values(metric, rounds), base.values(metric, rounds));
    }

    private static int rounds(Measurement measurement) {
        return measurement.forks().stream().mapToInt(fork -> fork.round() + 1).max().orElse(0);
    }
}

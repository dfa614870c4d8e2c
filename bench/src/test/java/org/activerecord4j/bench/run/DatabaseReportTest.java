package org.activerecord4j.bench.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.activerecord4j.bench.Implementation;
import org.activerecord4j.bench.Scenario;
import org.activerecord4j.bench.db.BenchDatabase;
import org.junit.jupiter.api.Test;

/** Ratios pair each implementation's fork with JDBC's fork of the same round; failed forks drop out. */
class DatabaseReportTest {

    private static Measurement.Fork fork(int round, double cpu) {
        return new Measurement.Fork(round, cpu, 5, cpu, 100 * cpu, Double.NaN);
    }

    @Test
    void ratio_pairsForksByRound_notByPosition() {
        // activerecord4j's forks listed out of order: round 2 (a slow spell for both) first.
        Measurement jdbc = new Measurement(Scenario.S1, Implementation.JDBC, List.of(fork(0, 10), fork(1, 10), fork(2, 20)));
        Measurement ours = new Measurement(Scenario.S1, Implementation.ACTIVERECORD4J,
                List.of(fork(2, 22), fork(0, 11), fork(1, 10.5)));
        DatabaseReport report = new DatabaseReport(BenchDatabase.SQLITE, "test", null, List.of(jdbc, ours));

        Spread ratio = report.ratio(Scenario.S1, Implementation.ACTIVERECORD4J, Metric.CPU);

        assertThat(ratio.formatRatio()).isEqualTo("1.10 (1.05–1.10)");
        assertThat(ratio.forks()).isEqualTo(3);
    }

    @Test
    void ratio_failedForkDropsItsRound_andTheMeasurementReportsIt() {
        Measurement jdbc = new Measurement(Scenario.S7, Implementation.JDBC, List.of(fork(0, 10), fork(1, 10), fork(2, 10)));
        Measurement ours = new Measurement(Scenario.S7, Implementation.ACTIVERECORD4J,
                List.of(fork(0, 11), Measurement.Fork.failed(1), fork(2, 12)));
        DatabaseReport report = new DatabaseReport(BenchDatabase.SQLITE, "test", null, List.of(jdbc, ours));

        assertThat(report.ratio(Scenario.S7, Implementation.ACTIVERECORD4J, Metric.CPU))
                .isEqualTo(new Spread(1.15, 1.1, 1.2, 2));
        assertThat(ours.succeeded()).isFalse();
        assertThat(ours.failedForks()).isEqualTo(1);
        assertThat(ours.cpuMillis()).isEqualTo(11.5);
    }

    @Test
    void ratio_missingImplementation_isEmpty() {
        Measurement jdbc = new Measurement(Scenario.S1, Implementation.JDBC, List.of(fork(0, 10)));
        DatabaseReport report = new DatabaseReport(BenchDatabase.SQLITE, "test", null, List.of(jdbc));

        assertThat(report.ratio(Scenario.S1, Implementation.HIBERNATE, Metric.CPU).isEmpty()).isTrue();
        assertThat(report.peers()).isEmpty();
    }
}

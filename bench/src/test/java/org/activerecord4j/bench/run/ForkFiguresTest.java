package org.activerecord4j.bench.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.activerecord4j.bench.Scenario;
import org.junit.jupiter.api.Test;

/** How a fork's CPU figure is taken, and how many forks each scenario gets. */
class ForkFiguresTest {

    @Test
    void cpuPerOperation_ofManyOperationIterations_isTheirMedian_soASlowFirstIterationDoesNotMoveIt() {
        double[] iterations = {5.8, 1.21, 1.19};

        assertThat(JmhScenarioRunner.cpuPerOperation(true, iterations, 10_000, 3_000)).isEqualTo(1.21);
    }

    @Test
    void cpuPerOperation_medianSkipsIterationsWithoutAFigure() {
        assertThat(JmhScenarioRunner.cpuPerOperation(true, new double[] {Double.NaN, 2.0, 4.0}, 0, 0)).isEqualTo(3.0);
        assertThat(JmhScenarioRunner.cpuPerOperation(true, new double[0], 0, 0)).isNaN();
    }

    @Test
    void cpuPerOperation_ofOneOperationIterations_isTheTotalOverTheOperations_soEveryCollectionCounts() {
        assertThat(JmhScenarioRunner.cpuPerOperation(false, new double[] {100, 100, 400, 100}, 700, 4))
                .isCloseTo(175, within(1e-9));
        assertThat(JmhScenarioRunner.cpuPerOperation(false, new double[0], 0, 0)).isNaN();
    }

    @Test
    void fullProfile_runsFiveForksWhereForksDiffer_threeElsewhere_quickOneEverywhere() {
        assertThat(Profile.FULL.settings(Scenario.S2).forks()).isEqualTo(5);
        assertThat(Profile.FULL.settings(Scenario.S3).forks()).isEqualTo(5);
        assertThat(Profile.FULL.settings(Scenario.S1).forks()).isEqualTo(3);
        assertThat(Profile.FULL.settings(Scenario.S6).forks()).isEqualTo(3);
        assertThat(Profile.FULL.settings(Scenario.S2).measurementIterations())
                .isEqualTo(Profile.FULL.settings(Scenario.S1).measurementIterations());
        for (Scenario scenario : Scenario.values()) {
            assertThat(Profile.QUICK.settings(scenario).forks()).as(scenario.label()).isEqualTo(1);
        }
        assertThat(Profile.FULL.describe()).contains("3 forks per implementation in rotated rounds (S2, S3: 5)");
        assertThat(Profile.QUICK.describe()).doesNotContain("S2, S3");
    }

    @Test
    void s3_countsItsWholeForkOverLongerIterations_soEveryForkHoldsItsCollections() {
        assertThat(Scenario.S3.cpuOverWholeFork()).isTrue();
        assertThat(Scenario.S6.cpuOverWholeFork()).isTrue();
        assertThat(Scenario.S1.cpuOverWholeFork()).isFalse();
        assertThat(Scenario.S2.cpuOverWholeFork()).isFalse();
        assertThat(Profile.FULL.settings(Scenario.S3).measurementMillis()).isEqualTo(3_000);
        assertThat(Profile.FULL.settings(Scenario.S1).measurementMillis()).isEqualTo(1_000);
        assertThat(Profile.FULL.settings(Scenario.S3).measurementIterations())
                .isEqualTo(Profile.FULL.settings(Scenario.S1).measurementIterations());
        assertThat(Profile.QUICK.settings(Scenario.S3).measurementMillis()).isEqualTo(1_000);
        assertThat(Profile.FULL.describe()).contains("3 × 1000 ms measured (S3: 3 × 3000 ms; S6, S7: 1 + 4 iterations");
        assertThat(Profile.QUICK.describe()).doesNotContain("S3: ");
    }
}

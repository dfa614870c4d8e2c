package org.activerecord4j.bench.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.activerecord4j.bench.Implementation;
import org.activerecord4j.bench.Scenario;
import org.activerecord4j.bench.db.BenchDatabase;
import org.activerecord4j.bench.run.DatabaseReport;
import org.activerecord4j.bench.run.Measurement;

/** Builds reports from made-up per-fork figures, one value per round. */
final class Reports {

    private final BenchDatabase database;
    private final List<Measurement> measurements = new ArrayList<>();

    private Reports(BenchDatabase database) {
        this.database = database;
    }

    static Reports on(BenchDatabase database) {
        return new Reports(database);
    }

    /** One implementation's forks: CPU ms per round; allocation 1,000 bytes and wall 2 × CPU in every round. */
    Reports cpu(Scenario scenario, Implementation implementation, double... cpuPerRound) {
        double[] allocation = new double[cpuPerRound.length];
        Arrays.fill(allocation, 1_000);
        return figures(scenario, implementation, cpuPerRound, allocation);
    }

    /** One implementation's forks: CPU ms and bytes allocated per round; wall 2 × CPU. */
    Reports figures(Scenario scenario, Implementation implementation, double[] cpuPerRound, double[] allocationPerRound) {
        List<Measurement.Fork> forks = new ArrayList<>();
        for (int round = 0; round < cpuPerRound.length; round++) {
            forks.add(new Measurement.Fork(round, 2 * cpuPerRound[round], 10, cpuPerRound[round], allocationPerRound[round],
                    Double.NaN));
        }
        measurements.add(new Measurement(scenario, implementation, forks));
        return this;
    }

    DatabaseReport report() {
        return new DatabaseReport(database, "test", null, List.copyOf(measurements));
    }
}

package org.activerecord4j.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.activerecord4j.bench.Implementation;
import org.activerecord4j.bench.Scenario;
import org.activerecord4j.bench.db.BenchDatabase;
import org.activerecord4j.bench.run.DatabaseReport;
import org.activerecord4j.bench.run.HandOffFloor;
import org.activerecord4j.bench.run.Spread;
import org.junit.jupiter.api.Test;

class AsyncResultTableTest {

    @Test
    void twins_showTheHandOverFloor_ofEachScenario_fromItsCallsPerOperation() {
        DatabaseReport measured = Reports.on(BenchDatabase.POSTGRESQL)
                .cpu(Scenario.S1, Implementation.ACTIVERECORD4J, 10, 10, 10)
                .cpu(Scenario.S1, Implementation.ACTIVERECORD4J_ASYNC, 10, 10, 10)
                .cpu(Scenario.S2, Implementation.ACTIVERECORD4J, 100, 100, 100)
                .cpu(Scenario.S2, Implementation.ACTIVERECORD4J_ASYNC, 300, 300, 300)
                .report();
        HandOffFloor handOff = new HandOffFloor(new Spread(20, 19, 21, 3), new Spread(10, 9, 11, 3));
        DatabaseReport report = new DatabaseReport(measured.database(), measured.version(), null, measured.measurements(),
                handOff);

        String table = AsyncResultTable.twins(report);

        // S1: one call of 20 µs on 20 ms wall and 10 ms CPU; S2: 10,000 calls, 0.2 s on 200 ms wall, 0.1 s on 100 ms CPU.
        assertThat(table).contains("| 1.00; 1.00 |").contains("| 2.00; 2.00 |")
                .contains("costs 20.0 (19.0–21.0) µs wall, 10.0 (9.0–11.0) µs CPU per call");
    }

    @Test
    void twins_withoutAFloor_haveNoFloorColumn() {
        DatabaseReport report = Reports.on(BenchDatabase.POSTGRESQL)
                .cpu(Scenario.S1, Implementation.ACTIVERECORD4J, 10, 10, 10)
                .cpu(Scenario.S1, Implementation.ACTIVERECORD4J_ASYNC, 10, 10, 10)
                .report();

        assertThat(AsyncResultTable.twins(report)).doesNotContain("floor");
        assertThat(report.handOff()).isNull();
    }
}

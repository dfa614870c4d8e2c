package org.activerecord4j.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.activerecord4j.bench.Implementation;
import org.activerecord4j.bench.Scenario;
import org.activerecord4j.bench.db.BenchDatabase;
import org.activerecord4j.bench.run.DatabaseReport;
import org.activerecord4j.bench.run.Spread;
import org.junit.jupiter.api.Test;

/** The headline table: one row per implementation in the run, figures with their spread, round trips marked. */
class ResultTableTest {

    @Test
    void measurements_everyImplementationGetsARowWithSpreads_jdbcFirst() {
        DatabaseReport report = Reports.on(BenchDatabase.SQLITE)
                .cpu(Scenario.S1, Implementation.HIBERNATE, 40, 42, 41)
                .cpu(Scenario.S1, Implementation.JDBC, 10, 10, 10)
                .cpu(Scenario.S1, Implementation.ACTIVERECORD4J, 10.5, 10.4, 10.6).report();

        String table = ResultTable.measurements(report);

        assertThat(table.lines()).containsExactly(
                "| Scenario | Implementation | CPU ×JDBC | alloc ×JDBC | wall ×JDBC | CPU ms/op | alloc/op | wall ms/op |",
                "|---|---|---:|---:|---:|---:|---:|---:|",
                "| S1 | JDBC | 1 | 1 | 1 | 10.0 | 1000 B | 20.0 |",
                "| S1 | activerecord4j | 1.05 (1.04–1.06) | 1.00 | 1.05 (1.04–1.06) | 10.5 (10.4–10.6) | 1000 B | 21.0 (20.8–21.2) |",
                "| S1 | Hibernate | 4.10 (4.00–4.20) | 1.00 | 4.10 (4.00–4.20) | 41.0 (40.0–42.0) | 1000 B | 82.0 (80.0–84.0) |");
    }

    @Test
    void roundTripBound_s2AndS5LazyOnTheServersOnly() {
        assertThat(ResultTable.roundTripBound(BenchDatabase.POSTGRESQL, Scenario.S2)).isTrue();
        assertThat(ResultTable.roundTripBound(BenchDatabase.MARIADB, Scenario.S5_LAZY)).isTrue();
        assertThat(ResultTable.roundTripBound(BenchDatabase.SQLITE, Scenario.S2)).isFalse();
        assertThat(ResultTable.roundTripBound(BenchDatabase.POSTGRESQL, Scenario.S5_EAGER)).isFalse();
    }

    @Test
    void measurements_roundTripBoundRowsAreMarkedAndExplained() {
        DatabaseReport report = Reports.on(BenchDatabase.POSTGRESQL)
                .cpu(Scenario.S2, Implementation.JDBC, 10, 10, 10)
                .cpu(Scenario.S2, Implementation.ACTIVERECORD4J, 10, 10, 10).report();

        assertThat(ResultTable.measurements(report)).contains("| S2 ‡ | activerecord4j |");
        assertThat(ResultTable.roundTripNote(report)).startsWith("‡ Round-trip bound: the wall time of S2 on postgresql");
    }

    @Test
    void bytes_inTheMediansUnit_rangeIncluded() {
        assertThat(ResultTable.bytes(Spread.of(512))).isEqualTo("512 B");
        assertThat(ResultTable.bytes(Spread.of(2253, 2200, 2300))).isEqualTo("2.20 (2.15–2.25) KB");
        assertThat(ResultTable.bytes(Spread.of(25.3 * 1024 * 1024, 900 * 1024))).isEqualTo("13.1 (0.88–25.3) MB");
        assertThat(ResultTable.bytes(Spread.NONE)).isEqualTo("–");
    }
}

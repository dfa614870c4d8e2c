package org.activerecord4j.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.activerecord4j.bench.Implementation;
import org.activerecord4j.bench.Scenario;
import org.activerecord4j.bench.db.BenchDatabase;
import org.activerecord4j.bench.run.DatabaseReport;
import org.junit.jupiter.api.Test;

/** Issue 17's targets on made-up reports: verdicts only where the spread decides them. */
class TargetCheckTest {

    private static final double[] JDBC = {10, 10, 10};

    private static TargetCheck check(List<TargetCheck> checks, String target) {
        return checks.stream().filter(check -> check.target().equals(target)).findFirst()
                .orElseThrow(() -> new AssertionError("No check '" + target + "' in " + checks));
    }

    @Test
    void ceiling_wholeSpreadBelow_isMet() {
        DatabaseReport report = Reports.on(BenchDatabase.SQLITE)
                .cpu(Scenario.S1, Implementation.JDBC, JDBC)
                .cpu(Scenario.S1, Implementation.ACTIVERECORD4J, 10.5, 10.4, 10.6).report();

        TargetCheck cpu = check(TargetCheck.of(report), "S1 client CPU ≤ 1.10× JDBC");

        assertThat(cpu.verdict()).isEqualTo(Verdict.MET);
        assertThat(cpu.outcome()).isEqualTo("1.05 (1.04–1.06)×");
        assertThat(cpu.reason()).isNull();
        assertThat(check(TargetCheck.of(report), "S1 allocation ≤ 1.10× JDBC").verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void ceiling_spreadStraddlesTheTarget_isUndecidedWithAReasonNamingDatabaseScenarioAndSpread() {
        DatabaseReport report = Reports.on(BenchDatabase.SQLITE)
                .cpu(Scenario.S1, Implementation.JDBC, JDBC)
                .cpu(Scenario.S1, Implementation.ACTIVERECORD4J, 10.5, 11.5, 10.9).report();

        List<TargetCheck> checks = TargetCheck.of(report);
        TargetCheck cpu = check(checks, "S1 client CPU ≤ 1.10× JDBC");

        assertThat(cpu.verdict()).isEqualTo(Verdict.UNDECIDED);
        assertThat(cpu.reason()).isEqualTo("sqlite S1: activerecord4j client CPU ×JDBC 1.09 (1.05–1.15)× straddles "
                + "the target 1.10: spread 0.10 (3 forks) is wider than the median's distance 0.01 from the target");
        assertThat(TargetCheck.undecided(checks)).containsExactly(cpu);
    }

    @Test
    void ceiling_wholeSpreadAbove_isMissed() {
        DatabaseReport report = Reports.on(BenchDatabase.POSTGRESQL)
                .cpu(Scenario.S4, Implementation.JDBC, JDBC)
                .cpu(Scenario.S4, Implementation.ACTIVERECORD4J, 12.5, 13, 12.2).report();

        assertThat(check(TargetCheck.of(report), "S4 client CPU ≤ 1.20× JDBC").verdict()).isEqualTo(Verdict.MISSED);
    }

    @Test
    void namedPeerNotInTheRun_saysSo() {
        DatabaseReport report = Reports.on(BenchDatabase.SQLITE)
                .cpu(Scenario.S2, Implementation.JDBC, JDBC)
                .cpu(Scenario.S2, Implementation.ACTIVERECORD4J, JDBC).report();

        List<TargetCheck> checks = TargetCheck.of(report);

        assertThat(check(checks, "S2 client CPU below Jdbi's").outcome()).isEqualTo("Jdbi not in this run");
        assertThat(check(checks, "S2 client CPU below jOOQ's").verdict()).isEqualTo(Verdict.UNCHECKED);
        assertThat(check(checks, "Below Hibernate in every scenario (CPU and allocation) where the difference "
                + "exceeds the spread").outcome()).isEqualTo("not in this run");
    }

    @Test
    void everyScenario_peerWithinSpread_saysSoAndClaimsNoWin() {
        DatabaseReport report = Reports.on(BenchDatabase.SQLITE)
                .cpu(Scenario.S4, Implementation.JDBC, JDBC)
                .cpu(Scenario.S4, Implementation.ACTIVERECORD4J, 10.2, 10.8, 10.5)
                .cpu(Scenario.S4, Implementation.HIBERNATE, 10.6, 11.0, 10.7).report();

        TargetCheck hibernate = check(TargetCheck.of(report),
                "Below Hibernate in every scenario (CPU and allocation) where the difference exceeds the spread");

        assertThat(hibernate.verdict()).isEqualTo(Verdict.MET);
        assertThat(hibernate.outcome()).isEqualTo("0 of 2 below; within spread in S4 CPU (1.05 (1.02–1.08)× vs "
                + "1.07 (1.06–1.10)×), S4 alloc (1.00× vs 1.00×)");
    }

    @Test
    void everyScenario_peerClearlyBelow_isMissed() {
        DatabaseReport report = Reports.on(BenchDatabase.MARIADB)
                .cpu(Scenario.S1, Implementation.JDBC, JDBC)
                .figures(Scenario.S1, Implementation.ACTIVERECORD4J, new double[] {12, 12.2, 12.1},
                        new double[] {1_000, 1_000, 1_000})
                .figures(Scenario.S1, Implementation.HIBERNATE, new double[] {11, 11.1, 11.2},
                        new double[] {2_000, 2_100, 2_200}).report();

        TargetCheck hibernate = check(TargetCheck.of(report),
                "Below Hibernate in every scenario (CPU and allocation) where the difference exceeds the spread");

        assertThat(hibernate.verdict()).isEqualTo(Verdict.MISSED);
        assertThat(hibernate.outcome()).isEqualTo("1 of 2 below; **above** in S1 CPU (1.21 (1.20–1.22)× vs "
                + "1.11 (1.10–1.12)×)");
    }

    @Test
    void async_twinWithinItsTarget_isMet_andMissingS7IsUnchecked() {
        DatabaseReport report = Reports.on(BenchDatabase.POSTGRESQL)
                .cpu(Scenario.S1, Implementation.ACTIVERECORD4J, JDBC)
                .cpu(Scenario.S1, Implementation.ACTIVERECORD4J_ASYNC, 10.1, 10.3, 10.2).report();

        List<TargetCheck> checks = TargetCheck.async(report);

        assertThat(check(checks, "S1 wall time ≤ 1.10× sync").verdict()).isEqualTo(Verdict.MET);
        assertThat(check(checks, "S7 async completes within -Xmx64m").verdict()).isEqualTo(Verdict.UNCHECKED);
    }
}

package org.activerecord4j.bench.run;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.activerecord4j.bench.Implementation;
import org.activerecord4j.bench.Scenario;
import org.activerecord4j.bench.Workload;
import org.activerecord4j.bench.activerecord.ActiveRecordWorkload;
import org.activerecord4j.bench.data.DataSet;
import org.activerecord4j.bench.data.Fixtures;
import org.activerecord4j.bench.db.BenchDatabase;
import org.activerecord4j.bench.hibernate.HibernateWorkload;

/**
 * Runs each read scenario once per implementation before measuring, and checks that all of them read
 * the same graph (equal {@link org.activerecord4j.bench.Checksum}s); also counts S5's statements.
 *
 * @param mismatches one line per scenario whose checksums differ; empty when all agree
 * @param activeRecordCounts activerecord4j's S5 statement counts
 * @param hibernateCounts Hibernate's S5 statement counts
 */
public record Verification(List<String> mismatches, StatementCounts activeRecordCounts, StatementCounts hibernateCounts) {

    private static final int FEW_USERS = DataSet.S5_USERS / 2;

    /**
     * Verifies the implementations on {@code database}.
     *
     * @param database a database with generated data
     * @return the outcome
     */
    public static Verification run(BenchDatabase database) {
        Map<Scenario, ToLongFunction<Workload>> reads = new EnumMap<>(Scenario.class);
        long[] ids = Fixtures.lookupIds();
        reads.put(Scenario.S1, Workload::loadAllPosts);
        reads.put(Scenario.S2, workload -> workload.findUsersById(ids));
        reads.put(Scenario.S3, Workload::loadUsersPostsComments);
        reads.put(Scenario.S4, Workload::loadStudentsCourses);
        reads.put(Scenario.S5_LAZY, workload -> workload.usersWithPostsLazy(DataSet.S5_USERS));
        reads.put(Scenario.S5_EAGER, workload -> workload.usersWithPostsEager(DataSet.S5_USERS));

        Map<Implementation, Map<Scenario, Long>> sums = new EnumMap<>(Implementation.class);
        StatementCounts activeRecordCounts = null;
        StatementCounts hibernateCounts = null;
        for (Implementation implementation : Implementation.values()) {
            try (Workload workload = implementation == Implementation.HIBERNATE
                    ? new HibernateWorkload(database, true) : implementation.open(database)) {
                Map<Scenario, Long> byScenario = new EnumMap<>(Scenario.class);
                reads.forEach((scenario, read) -> byScenario.put(scenario, read.applyAsLong(workload)));
                sums.put(implementation, byScenario);
                if (workload instanceof ActiveRecordWorkload activeRecord) {
                    activeRecordCounts = StatementCounts.of(activeRecord, FEW_USERS, DataSet.S5_USERS);
                } else if (workload instanceof HibernateWorkload hibernate) {
                    hibernateCounts = StatementCounts.of(hibernate, FEW_USERS, DataSet.S5_USERS);
                }
            }
        }
        List<String> mismatches = new ArrayList<>();
        for (Scenario scenario : reads.keySet()) {
            long expected = sums.get(Implementation.JDBC).get(scenario);
            for (Implementation implementation : Implementation.values()) {
                long actual = sums.get(implementation).get(scenario);
                if (actual != expected) {
                    mismatches.add(scenario.label() + ": " + implementation.label() + " read checksum " + actual
                            + ", JDBC " + expected);
                }
            }
        }
        return new Verification(List.copyOf(mismatches), activeRecordCounts, hibernateCounts);
    }
}

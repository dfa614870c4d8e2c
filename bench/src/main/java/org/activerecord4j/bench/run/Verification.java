package org.activerecord4j.bench.run;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.activerecord4j.bench.Implementation;
import org.activerecord4j.bench.Scenario;
import org.activerecord4j.bench.Workload;
import org.activerecord4j.bench.activerecord.ActiveRecordWorkload;
import org.activerecord4j.bench.activerecord.AsyncActiveRecordWorkload;
import org.activerecord4j.bench.data.DataSet;
import org.activerecord4j.bench.data.Fixtures;
import org.activerecord4j.bench.db.BenchDatabase;
import org.activerecord4j.bench.hibernate.HibernateWorkload;
import org.activerecord4j.bench.jdbi.JdbiWorkload;
import org.activerecord4j.bench.jooq.JooqWorkload;

/**
 * Runs each read scenario once per implementation before measuring, and checks that all of them read
 * the same graph (equal {@link org.activerecord4j.bench.Checksum}s, JDBC's being the reference; S8, S2's
 * lookups run concurrently, must give S2's); also counts S5's statements of every implementation but JDBC,
 * through each library's own hook.
 *
 * @param implementations the implementations compared, JDBC first
 * @param scenarios the scenarios compared
 * @param mismatches one line per scenario whose checksums differ; empty when all agree
 * @param statementCounts the S5 statement counts of each verified implementation that has a way to count them
 *     (all but JDBC)
 */
public record Verification(List<Implementation> implementations, Set<Scenario> scenarios, List<String> mismatches,
        Map<Implementation, StatementCounts> statementCounts) {

    private static final int FEW_USERS = DataSet.S5_USERS / 2;

    /**
     * Copies the counts.
     *
     * @param implementations the implementations compared, JDBC first
     * @param scenarios the scenarios compared
     * @param mismatches one line per scenario whose checksums differ
     * @param statementCounts the S5 statement counts by implementation
     */
    public Verification {
        statementCounts = Map.copyOf(statementCounts);
    }

    /**
     * Returns an implementation's S5 statement counts.
     *
     * @param implementation the implementation
     * @return the counts, or null when not verified or not countable (JDBC)
     */
    public StatementCounts statementCounts(Implementation implementation) {
        return statementCounts.get(implementation);
    }

    /**
     * Verifies JDBC and {@code implementations} on {@code database}.
     *
     * @param database a database with generated data
     * @param implementations the run's implementations; JDBC is added as the reference
     * @return the outcome
     */
    public static Verification run(BenchDatabase database, List<Implementation> implementations) {
        Map<Scenario, ToLongFunction<Workload>> reads = new EnumMap<>(Scenario.class);
        long[] ids = Fixtures.lookupIds();
        reads.put(Scenario.S1, Workload::loadAllPosts);
        reads.put(Scenario.S2, workload -> workload.findUsersById(ids));
        reads.put(Scenario.S3, Workload::loadUsersPostsComments);
        reads.put(Scenario.S4, Workload::loadStudentsCourses);
        reads.put(Scenario.S5_LAZY, workload -> workload.usersWithPostsLazy(DataSet.S5_USERS));
        reads.put(Scenario.S5_EAGER, workload -> workload.usersWithPostsEager(DataSet.S5_USERS));
        reads.put(Scenario.S8, workload -> workload.findUsersConcurrently(ids));

        List<Implementation> verified = new ArrayList<>(List.of(Implementation.JDBC));
        implementations.stream().filter(implementation -> !verified.contains(implementation)).forEach(verified::add);
        Map<Implementation, Map<Scenario, Long>> sums = new EnumMap<>(Implementation.class);
        Set<Scenario> compared = EnumSet.noneOf(Scenario.class);
        Map<Implementation, StatementCounts> counts = new EnumMap<>(Implementation.class);
        for (Implementation implementation : verified) {
            try (Workload workload = openCounting(implementation, database)) {
                Map<Scenario, Long> byScenario = new EnumMap<>(Scenario.class);
                reads.forEach((scenario, read) -> {
                    if (implementation.runs(scenario)) {
                        byScenario.put(scenario, read.applyAsLong(workload));
                        compared.add(scenario);
                    }
                });
                sums.put(implementation, byScenario);
                StatementCounts counted = countStatements(workload);
                if (counted != null) {
                    counts.put(implementation, counted);
                }
            }
        }
        List<String> mismatches = new ArrayList<>();
        for (Scenario scenario : compared) {
            // S8 does S2's lookups concurrently: the same users, so the same checksum.
            long expected = sums.get(Implementation.JDBC).get(scenario == Scenario.S8 ? Scenario.S2 : scenario);
            for (Implementation implementation : verified) {
                Long actual = sums.get(implementation).get(scenario);
                if (actual != null && actual != expected) {
                    mismatches.add(scenario.label() + ": " + implementation.label() + " read checksum " + actual
                            + ", JDBC " + expected);
                }
            }
        }
        return new Verification(List.copyOf(verified), Set.copyOf(compared), List.copyOf(mismatches), counts);
    }

    /** Opens the implementation with its statement counting on, where counting costs and is off by default. */
    private static Workload openCounting(Implementation implementation, BenchDatabase database) {
        return switch (implementation) {
            case HIBERNATE -> new HibernateWorkload(database, true);
            case JDBI -> new JdbiWorkload(database, true);
            case JOOQ -> new JooqWorkload(database, true);
            default -> implementation.open(database);
        };
    }

    /** Counts S5's statements through the library's own hook; null for JDBC, which has none. */
    private static StatementCounts countStatements(Workload workload) {
        if (workload instanceof ActiveRecordWorkload activeRecord) {
            return StatementCounts.of(activeRecord.database(), activeRecord, FEW_USERS, DataSet.S5_USERS);
        } else if (workload instanceof AsyncActiveRecordWorkload async) {
            return StatementCounts.of(async.database(), async, FEW_USERS, DataSet.S5_USERS);
        } else if (workload instanceof HibernateWorkload hibernate) {
            return StatementCounts.of(hibernate, FEW_USERS, DataSet.S5_USERS);
        } else if (workload instanceof JdbiWorkload jdbi) {
            return StatementCounts.of(jdbi, jdbi::statementsExecuted, FEW_USERS, DataSet.S5_USERS);
        } else if (workload instanceof JooqWorkload jooq) {
            return StatementCounts.of(jooq, jooq::statementsExecuted, FEW_USERS, DataSet.S5_USERS);
        }
        return null;
    }
}

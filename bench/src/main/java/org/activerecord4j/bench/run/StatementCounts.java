package org.activerecord4j.bench.run;

import java.util.function.IntToLongFunction;
import java.util.function.LongSupplier;
import org.activerecord4j.Database;
import org.activerecord4j.StatementCounter;
import org.activerecord4j.bench.Workload;
import org.activerecord4j.bench.hibernate.HibernateWorkload;
import org.hibernate.stat.Statistics;

/**
 * S5's statement counts, lazy and eager, for two numbers of users, so the report shows that eager
 * loading's count does not grow with the users. Counted through activerecord4j's statement listener,
 * Hibernate's statistics, Jdbi's {@code SqlLogger} and jOOQ's {@code ExecuteListener}.
 *
 * @param fewUsers the smaller number of users
 * @param manyUsers the larger number of users
 * @param lazyFew statements of the lazy variant for {@code fewUsers}
 * @param lazyMany statements of the lazy variant for {@code manyUsers}
 * @param eagerFew statements of the eager variant for {@code fewUsers}
 * @param eagerMany statements of the eager variant for {@code manyUsers}
 */
public record StatementCounts(int fewUsers, int manyUsers, long lazyFew, long lazyMany, long eagerFew, long eagerMany) {

    /**
     * Returns whether the eager count is the same for both numbers of users.
     *
     * @return true when constant
     */
    public boolean eagerConstant() {
        return eagerFew == eagerMany;
    }

    /**
     * Counts activerecord4j's statements, sync or async, through its statement listener.
     *
     * @param database the workload's database
     * @param workload the open workload
     * @param few the smaller number of users
     * @param many the larger number of users
     * @return the counts
     */
    public static StatementCounts of(Database database, Workload workload, int few, int many) {
        return measure(few, many, workload::usersWithPostsLazy, workload::usersWithPostsEager,
                variant -> users -> StatementCounter.count(database, () -> variant.applyAsLong(users)));
    }

    /**
     * Counts Hibernate's prepared statements.
     *
     * @param workload a workload opened with statistics
     * @param few the smaller number of users
     * @param many the larger number of users
     * @return the counts
     */
    public static StatementCounts of(HibernateWorkload workload, int few, int many) {
        Statistics statistics = workload.statistics();
        return measure(few, many, workload::usersWithPostsLazy, workload::usersWithPostsEager, variant -> users -> {
            statistics.clear();
            variant.applyAsLong(users);
            return statistics.getPrepareStatementCount();
        });
    }

    /**
     * Counts the statements of a workload that counts its own (Jdbi's {@code SqlLogger}, jOOQ's
     * {@code ExecuteListener}), as the difference of its running count before and after each variant.
     *
     * @param workload the open workload, counting
     * @param executed its running count of executed statements
     * @param few the smaller number of users
     * @param many the larger number of users
     * @return the counts
     */
    public static StatementCounts of(Workload workload, LongSupplier executed, int few, int many) {
        return measure(few, many, workload::usersWithPostsLazy, workload::usersWithPostsEager, variant -> users -> {
            long before = executed.getAsLong();
            variant.applyAsLong(users);
            return executed.getAsLong() - before;
        });
    }

    private static StatementCounts measure(int few, int many, IntToLongFunction lazy, IntToLongFunction eager,
            java.util.function.Function<IntToLongFunction, IntToLongFunction> counted) {
        IntToLongFunction lazyCount = counted.apply(lazy);
        IntToLongFunction eagerCount = counted.apply(eager);
        return new StatementCounts(few, many, lazyCount.applyAsLong(few), lazyCount.applyAsLong(many),
                eagerCount.applyAsLong(few), eagerCount.applyAsLong(many));
    }
}

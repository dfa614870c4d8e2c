package org.activerecord4j.bench.jmh;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.List;
import org.activerecord4j.bench.Implementation;
import org.activerecord4j.bench.Scenario;
import org.activerecord4j.bench.Workload;
import org.activerecord4j.bench.data.DataSet;
import org.activerecord4j.bench.data.Fixtures;
import org.activerecord4j.bench.data.NewComment;
import org.activerecord4j.bench.db.BenchDatabase;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One implementation open on one database for a whole fork, with the scenarios' inputs. The runner
 * sets the parameters; the data must already be generated. Before JMH's warm-up, a fork given a scenario and
 * {@code settleSeconds} runs that scenario until the JIT has settled ({@link JitSettle}). Used by one benchmark
 * thread.
 */
@State(Scope.Benchmark)
public class WorkloadState {

    /** The database, by {@link BenchDatabase#id()}. */
    @Param("sqlite")
    public String database;

    /** The implementation, by {@link Implementation#id()}. */
    @Param({"jdbc", "activerecord4j", "jdbi", "jooq", "hibernate", "activerecord4j-async"})
    public String implementation;

    /** The scenario the fork measures, by {@link Scenario#name()}, for the JIT settle; empty for none. */
    @Param("")
    public String scenario;

    /** The longest the JIT settle may take, seconds; 0 skips it. */
    @Param("0")
    public int settleSeconds;

    BenchDatabase benchDatabase;
    Workload workload;
    long[] lookupIds;
    List<NewComment> newComments;

    /** Opens the implementation and builds the inputs. */
    @Setup(Level.Trial)
    public void open() {
        benchDatabase = BenchDatabase.byId(database);
        workload = Implementation.byId(implementation).open(benchDatabase);
        lookupIds = Fixtures.lookupIds();
        newComments = Fixtures.newComments();
        if (!scenario.isEmpty() && settleSeconds > 0) {
            settle(Scenario.valueOf(scenario));
        }
    }

    private void settle(Scenario measured) {
        String label = database + " " + measured.label() + " " + implementation;
        if (measured != Scenario.S6) {
            JitSettle.run(label, settleSeconds, () -> run(measured));
            return;
        }
        try (HikariDataSource pool = benchDatabase.openPool()) {
            JitSettle.run(label, settleSeconds, () -> {
                long keyed = run(measured);
                try {
                    Fixtures.deleteNewComments(benchDatabase, pool);
                } catch (SQLException e) {
                    throw new IllegalStateException("Could not delete S6's comments after a settle operation", e);
                }
                return keyed;
            });
        }
    }

    /**
     * Runs one operation of {@code measured}.
     *
     * @param measured the scenario
     * @return its checksum
     */
    long run(Scenario measured) {
        return switch (measured) {
            case S1 -> workload.loadAllPosts();
            case S2 -> workload.findUsersById(lookupIds);
            case S3 -> workload.loadUsersPostsComments();
            case S4 -> workload.loadStudentsCourses();
            case S5_LAZY -> workload.usersWithPostsLazy(s5Users());
            case S5_EAGER -> workload.usersWithPostsEager(s5Users());
            case S6 -> workload.insertComments(newComments);
            case S7 -> workload.streamReadings();
            case S8 -> workload.findUsersConcurrently(lookupIds);
        };
    }

    /** Closes the implementation. */
    @TearDown(Level.Trial)
    public void close() {
        workload.close();
    }

    /**
     * Returns the users S5 loads.
     *
     * @return {@link DataSet#S5_USERS}
     */
    int s5Users() {
        return DataSet.S5_USERS;
    }
}

package org.activerecord4j.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.activerecord4j.bench.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * One benchmark method per scenario; the implementation and the database are parameters of
 * {@link WorkloadState}. Every operation is timed on its own (sample time), so the runner can report
 * medians. Warm-up, iterations, forks and heap are set by the runner's profile, not here.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScenarioBenchmarks {

    /** Creates the benchmark; JMH does this. */
    public ScenarioBenchmarks() {
    }

    /**
     * S1: load all 20,000 posts.
     *
     * @param state the open implementation
     * @return the checksum
     */
    @Benchmark
    public long s1LoadAllPosts(WorkloadState state) {
        return state.run(Scenario.S1);
    }

    /**
     * S2: find 10,000 random users by id.
     *
     * @param state the open implementation
     * @return the checksum
     */
    @Benchmark
    public long s2FindUsersById(WorkloadState state) {
        return state.run(Scenario.S2);
    }

    /**
     * S8: find S2's 10,000 users by id, all lookups at once on a pool of 10 connections.
     *
     * @param state the open implementation
     * @return the checksum
     */
    @Benchmark
    public long s8FindUsersConcurrently(WorkloadState state) {
        return state.run(Scenario.S8);
    }

    /**
     * S3: eager load users, posts and comments.
     *
     * @param state the open implementation
     * @return the checksum
     */
    @Benchmark
    public long s3UsersPostsComments(WorkloadState state) {
        return state.run(Scenario.S3);
    }

    /**
     * S4: eager load students and courses.
     *
     * @param state the open implementation
     * @return the checksum
     */
    @Benchmark
    public long s4StudentsCourses(WorkloadState state) {
        return state.run(Scenario.S4);
    }

    /**
     * S5: 200 users and their posts, lazily.
     *
     * @param state the open implementation
     * @return the checksum
     */
    @Benchmark
    public long s5UsersPostsLazy(WorkloadState state) {
        return state.run(Scenario.S5_LAZY);
    }

    /**
     * S5: 200 users and their posts, eagerly.
     *
     * @param state the open implementation
     * @return the checksum
     */
    @Benchmark
    public long s5UsersPostsEager(WorkloadState state) {
        return state.run(Scenario.S5_EAGER);
    }

    /**
     * S6: insert 50,000 comments; they are deleted after each operation, untimed.
     *
     * @param state the open implementation
     * @param inserted the cleanup
     * @return the number of comments that got a key
     */
    @Benchmark
    public long s6InsertComments(WorkloadState state, InsertedComments inserted) {
        return state.run(Scenario.S6);
    }

    /**
     * S7: stream a million readings; the runner forks this one with {@code -Xmx64m}.
     *
     * @param state the open implementation
     * @return the checksum
     */
    @Benchmark
    public long s7StreamReadings(WorkloadState state) {
        return state.run(Scenario.S7);
    }
}

package org.activerecord4j.bench.jmh;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import org.activerecord4j.bench.data.Fixtures;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Removes S6's comments after each operation, outside the measured time, so every insert starts from
 * the same table. Used by one benchmark thread.
 */
@State(Scope.Benchmark)
public class InsertedComments {

    private HikariDataSource pool;
    private WorkloadState workload;

    /**
     * Opens a pool of its own on the workload's database and starts from a clean table.
     *
     * @param workload the workload under measurement
     * @throws SQLException when the cleanup fails
     */
    @Setup(Level.Trial)
    public void open(WorkloadState workload) throws SQLException {
        this.workload = workload;
        this.pool = workload.benchDatabase.openPool();
        Fixtures.deleteNewComments(workload.benchDatabase, pool);
    }

    /**
     * Deletes the comments the last operation inserted.
     *
     * @throws SQLException when the delete fails
     */
    @TearDown(Level.Invocation)
    public void delete() throws SQLException {
        Fixtures.deleteNewComments(workload.benchDatabase, pool);
    }

    /** Closes the pool. */
    @TearDown(Level.Trial)
    public void close() {
        pool.close();
    }
}

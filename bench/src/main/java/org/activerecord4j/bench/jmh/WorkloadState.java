package org.activerecord4j.bench.jmh;

import java.util.List;
import org.activerecord4j.bench.Implementation;
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
 * sets both parameters; the data must already be generated. Used by one benchmark thread.
 */
@State(Scope.Benchmark)
public class WorkloadState {

    /** The database, by {@link BenchDatabase#id()}. */
    @Param("sqlite")
    public String database;

    /** The implementation, by {@link Implementation#id()}. */
    @Param({"jdbc", "activerecord4j", "jdbi", "jooq", "hibernate", "activerecord4j-async"})
    public String implementation;

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

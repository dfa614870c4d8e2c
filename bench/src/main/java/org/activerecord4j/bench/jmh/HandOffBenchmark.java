package org.activerecord4j.bench.jmh;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.activerecord4j.bench.db.BenchDatabase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The hand-over floor of the async twins, without a database: a call that does nothing, handed to a fixed pool
 * of {@link BenchDatabase#POOL_SIZE} platform threads (what the async executor is on JDK 17) with
 * {@code CompletableFuture.supplyAsync} and awaited with {@code join()}. Every awaited async call pays at least
 * this on top of its sync twin, because the calling thread must not run JDBC.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HandOffBenchmark {

    private ExecutorService executor;
    private int next;

    /** Creates the benchmark; JMH does this. */
    public HandOffBenchmark() {
    }

    /** Starts the pool. */
    @Setup(Level.Trial)
    public void open() {
        executor = Executors.newFixedThreadPool(BenchDatabase.POOL_SIZE, task -> {
            Thread thread = new Thread(task, "bench-hand-off");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Stops the pool. */
    @TearDown(Level.Trial)
    public void close() {
        executor.shutdownNow();
    }

    /**
     * Hands a call that returns its argument to the pool and waits for it.
     *
     * @return the value the pool's thread returned
     */
    @Benchmark
    public int handOffAndJoin() {
        int value = next++;
        return CompletableFuture.supplyAsync(() -> value, executor).join();
    }
}

package org.activerecord4j.internal.async;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.internal.jdbc.Engine;
import org.activerecord4j.internal.jdbc.Routing;

/**
 * Where the async calls of one database run their statements: an executor the library owns and bounds
 * (virtual threads where the JVM has them, else as many platform threads as the pool has connections), or
 * the application's, and a {@link Gate} with a permit per connection, so that no task waits on a thread for
 * a connection another task holds. The thread that makes an async call only queues work. Thread-safe.
 */
final class AsyncEngine {

    private static final Map<Engine, AsyncEngine> BY_ENGINE = new ConcurrentHashMap<>();

    private final Engine engine;
    private final Executor executor;
    private final Gate gate;

    private AsyncEngine(Engine engine) {
        this.engine = engine;
        this.gate = new Gate(engine.maximumPoolSize());
        if (engine.asyncExecutor() != null) {
            this.executor = engine.asyncExecutor();
        } else {
            ExecutorService owned = ownExecutor(engine);
            this.executor = owned;
            engine.onClose(() -> shutDown(owned));
        }
        // After the executor stopped: work waiting for a permit is then refused instead of waiting forever.
        engine.onClose(gate::openAll);
        engine.onClose(() -> BY_ENGINE.remove(engine));
    }

    /** The async side of a closed database: registered nowhere and starting no thread, it refuses every task. */
    private AsyncEngine(Engine engine, Executor refusing) {
        this.engine = engine;
        this.gate = new Gate(engine.maximumPoolSize());
        this.executor = refusing;
    }

    /**
     * Returns the async side of {@code engine}, creating it on first use; for a closed database, one whose
     * executor refuses the work, so that each call fails at once instead of starting an executor that nothing
     * would shut down.
     *
     * @param engine the database
     * @return its async engine
     */
    static AsyncEngine of(Engine engine) {
        AsyncEngine running = BY_ENGINE.computeIfAbsent(engine, open -> open.isClosed() ? null : new AsyncEngine(open));
        if (running != null) {
            return running;
        }
        return new AsyncEngine(engine, task -> {
            throw new RejectedExecutionException(engine.describe() + " is closed");
        });
    }

    /** @return the database */
    Engine engine() {
        return engine;
    }

    /** @return the executor tasks run on */
    Executor executor() {
        return executor;
    }

    /** @return the connection permits */
    Gate gate() {
        return gate;
    }

    /**
     * Runs {@code work} on the executor once a connection permit is free, with the caller's routing, and
     * completes the returned future with its result or failure (unwrapped, as the sync call throws it).
     *
     * @param routing where the caller's statements go
     * @param work the sync work
     * @param <R> its result
     * @return the future
     */
    <R> CompletableFuture<R> call(Routing.Snapshot routing, Supplier<R> work) {
        CompletableFuture<R> result = new CompletableFuture<>();
        gate.acquire().thenRun(() -> execute(result, () -> {
            R value;
            try {
                value = Routing.with(routing, work);
            } catch (Throwable failure) {
                gate.release();
                result.completeExceptionally(failure);
                return;
            }
            gate.release();
            result.complete(value);
        }));
        return result;
    }

    /**
     * Runs {@code task}, which holds a permit, on the executor; if the executor refuses it (shut down), gives
     * the permit back and fails {@code result} instead.
     *
     * @param result the future the task completes
     * @param task the task
     */
    private void execute(CompletableFuture<?> result, Runnable task) {
        try {
            executor.execute(task);
        } catch (RuntimeException refused) {
            gate.release();
            result.completeExceptionally(refusal(refused));
        }
    }

    /**
     * Returns the failure of work the executor refused.
     *
     * @param refused what the executor threw
     * @return the exception to complete the work's future with
     */
    static ActiveRecordException refusal(RuntimeException refused) {
        return new ActiveRecordException("The executor of async calls refused the work (is the database closed?): " + refused,
                refused);
    }

    private static ExecutorService ownExecutor(Engine engine) {
        ExecutorService virtual = virtualThreads();
        if (virtual != null) {
            return virtual;
        }
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = task -> {
            Thread thread = new Thread(task, "activerecord4j-async-" + engine.dialect().name() + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return Executors.newFixedThreadPool(engine.maximumPoolSize(), threads);
    }

    /** A virtual thread per task on JDK 21 and later (found by reflection: the library is built for 17), else null. */
    private static ExecutorService virtualThreads() {
        try {
            Method factory = Executors.class.getMethod("newVirtualThreadPerTaskExecutor");
            return (ExecutorService) factory.invoke(null);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private static void shutDown(ExecutorService executor) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}

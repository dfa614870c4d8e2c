package org.activerecord4j.internal.async;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.internal.jdbc.Engine;
import org.activerecord4j.internal.jdbc.Routing;
import org.activerecord4j.internal.jdbc.StatementWatch;

/**
 * Where the async calls of one database run their statements: an executor the library owns and bounds
 * (virtual threads where the JVM has them, else as many platform threads as the pool has connections), or
 * the application's, and a {@link Gate} with a permit per connection, so that no task waits on a thread for
 * a connection another task holds. The thread that makes an async call only queues work. Thread-safe.
 */
final class AsyncEngine {

    private static final Map<Engine, AsyncEngine> BY_ENGINE = new ConcurrentHashMap<>();
    /** The library's executor whose task runs on this thread: a close made there cannot wait for that executor to end. */
    private static final ThreadLocal<ExecutorService> RUNNING_ON = new ThreadLocal<>();

    private final Engine engine;
    private final Executor executor;
    private final Gate gate;

    private AsyncEngine(Engine engine) {
        this.engine = engine;
        int connections = engine.maximumPoolSize();
        long timeout = engine.dataSource().getConnectionTimeout();
        this.gate = new Gate(connections, timeout, waiting -> engine.noConnectionFree(" for async work (" + waiting
                + " more waiting)", "async transactions or streams that have not ended, or by sync callers"));
        engine.onClose(() -> gate.close(engine.closedMessage()));
        if (engine.asyncExecutor() != null) {
            this.executor = engine.asyncExecutor();
        } else {
            ExecutorService owned = ownExecutor(engine);
            this.executor = task -> owned.execute(() -> {
                RUNNING_ON.set(owned);
                try {
                    task.run();
                } finally {
                    RUNNING_ON.remove();
                }
            });
            engine.onClose(() -> shutDown(owned));
        }
    }

    /**
     * Returns the async side of {@code engine}, creating it on first use.
     *
     * @param engine the database
     * @return its async engine
     */
    static AsyncEngine of(Engine engine) {
        AsyncEngine existing = BY_ENGINE.get(engine);
        if (existing == null && !engine.isClosed()) {
            AsyncEngine[] created = new AsyncEngine[1];
            existing = BY_ENGINE.computeIfAbsent(engine, forEngine -> created[0] = new AsyncEngine(forEngine));
            if (created[0] != null) {
                // Registered outside computeIfAbsent: a close that came meanwhile runs it at once, which inside
                // would remove the entry being computed.
                AsyncEngine added = created[0];
                engine.onClose(() -> BY_ENGINE.remove(engine, added));
            }
        }
        if (engine.isClosed()) {
            throw new ActiveRecordException(engine.closedMessage());
        }
        return existing;
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
        Call<R> result = new Call<>();
        if (gate.tryAcquire()) {
            execute(result, () -> run(routing, work, result));
            return result;
        }
        CompletableFuture<Void> turn = gate.acquire();
        // Cancelled, or timed out (orTimeout), while it waits: it gives up its place in the queue.
        result.whenComplete((value, failure) -> turn.cancel(false));
        turn.whenComplete((permit, refused) -> {
            if (refused != null) {
                result.completeExceptionally(Async.unwrap(refused));
            } else {
                execute(result, () -> run(routing, work, result));
            }
        });
        return result;
    }

    /**
     * Runs {@code work}, gives the permit back, then completes {@code result} (so stages chained on it find the
     * permit free). Work whose future the application cancelled or timed out before it started does not run:
     * its caller was told it failed.
     */
    private <R> void run(Routing.Snapshot routing, Supplier<R> work, Call<R> result) {
        if (result.isDone()) {
            gate.release();
            return;
        }
        R value;
        try {
            value = result.watch.watching(() -> Routing.with(routing, work));
        } catch (Throwable failure) {
            gate.release();
            result.completeExceptionally(failure);
            return;
        }
        gate.release();
        result.complete(value);
    }

    /**
     * The future of a call: the application ending it early ({@code cancel}, or {@code orTimeout}, which fails it from
     * outside) while its work runs cancels the statement the work runs then, so that the server stops it and the
     * connection comes back at once; the work's later statements do not run. Stages chained on it are plain futures.
     */
    private static final class Call<R> extends CompletableFuture<R> {
        private final StatementWatch watch = new StatementWatch();

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean cancelled = super.cancel(mayInterruptIfRunning);
            if (cancelled) {
                watch.cancel();
            }
            return cancelled;
        }

        @Override
        public boolean completeExceptionally(Throwable failure) {
            boolean failed = super.completeExceptionally(failure);
            if (failed) {
                watch.cancel();   // after the work, when its own failure completes it: nothing runs then
            }
            return failed;
        }

        @Override
        public <U> CompletableFuture<U> newIncompleteFuture() {
            return new CompletableFuture<>();
        }
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
            result.completeExceptionally(refused(refused));
        }
    }

    /**
     * Returns the failure of work the executor refused: the database was closed, or the application's executor
     * is shut down or full.
     *
     * @param refused what the executor threw
     * @return the exception to complete the work's future with
     */
    ActiveRecordException refused(RuntimeException refused) {
        if (engine.isClosed()) {
            return new ActiveRecordException(engine.closedMessage(), refused);
        }
        return new ActiveRecordException("The executor of async calls refused the work: " + refused, refused);
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
        if (RUNNING_ON.get() == executor) {
            // Closed by one of its own tasks (a stage chained on an async call): waiting would wait for itself, and
            // end by interrupting it. The executor ends once its tasks have, this one included.
            return;
        }
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

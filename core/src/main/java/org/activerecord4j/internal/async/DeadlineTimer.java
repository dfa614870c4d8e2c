package org.activerecord4j.internal.async;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The library's timer for the deadlines of async waits: runs short tasks after a delay on one daemon thread
 * of its own, which ends when no task has been due for a while. A timeout must fire however busy the
 * application keeps its threads: {@code CompletableFuture.delayedExecutor} relays its tasks through the
 * common pool (on JDK 25 through its scheduler too), so blocking work there held a gate's timeout back by
 * as long as the work lasted. A task completes futures on this thread, as {@code CompletableFuture.orTimeout}
 * does on the JDK's; work chained on them without an executor runs here and should not block.
 */
final class DeadlineTimer {

    private static final long IDLE_SECONDS = 30;

    private static final ScheduledThreadPoolExecutor TIMER = new ScheduledThreadPoolExecutor(1, task -> {
        Thread thread = new Thread(task, "activerecord4j-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    static {
        TIMER.setKeepAliveTime(IDLE_SECONDS, TimeUnit.SECONDS);
        TIMER.allowCoreThreadTimeOut(true);
    }

    private DeadlineTimer() {
    }

    /**
     * Runs {@code task} on the timer thread after {@code delayMillis}.
     *
     * @param delayMillis at least 0
     * @param task short, non-blocking work
     */
    static void after(long delayMillis, Runnable task) {
        TIMER.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
    }
}

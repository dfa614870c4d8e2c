package org.activerecord4j.internal.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.activerecord4j.ActiveRecordException;
import org.junit.jupiter.api.Test;

/** The connection permits of async work: handed out in order, given back, and ended by one timer per gate. */
class GateTest {

    private static Gate gate(int permits, long timeoutMillis) {
        return new Gate(permits, timeoutMillis, stillWaiting -> "no permit (" + stillWaiting + " more waiting)");
    }

    /** A gate of one permit, already taken. */
    private static Gate fullGate(long timeoutMillis) {
        Gate gate = gate(1, timeoutMillis);
        assertThat(gate.acquire()).isCompleted();
        return gate;
    }

    @Test
    void waitsRunOutInOrder_eachFailingWithHowManyStillWait_andNoneOfThemGetsAPermitLater() throws Exception {
        Gate gate = fullGate(2_000);
        List<CompletableFuture<Void>> waits = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            waits.add(gate.acquire());
        }
        // Halfway through their wait, so that a second's delay either way (a late sleep, a late timer) still
        // finds this wait queued when the first ones run out, and not yet run out itself.
        Thread.sleep(1_000);
        CompletableFuture<Void> later = gate.acquire(); // queued after the others: it runs out after them
        long laterQueued = System.nanoTime();
        // When each wait ended, read on the thread that ended it: no assertion races the timer on a loaded machine.
        long[] ended = new long[waits.size() + 1];
        for (int i = 0; i <= waits.size(); i++) {
            int index = i;
            (i < waits.size() ? waits.get(i) : later).whenComplete((done, failure) -> ended[index] = System.nanoTime());
        }

        for (int i = 0; i < waits.size(); i++) {
            CompletableFuture<Void> wait = waits.get(i);
            Throwable failure = catchThrowable(() -> wait.get(10, TimeUnit.SECONDS));
            assertThat(failure).isInstanceOf(ExecutionException.class).cause().isInstanceOf(ActiveRecordException.class);
            // Still waiting when it ran out: the later wait, and those queued after this one whose deadline the timer
            // had not yet reached (on a loaded machine the 50 acquires can take longer than the timer is late).
            Matcher count = Pattern.compile("no permit \\((\\d+) more waiting\\)").matcher(failure.getCause().getMessage());
            assertThat(count.matches()).as("message %s", failure.getCause().getMessage()).isTrue();
            assertThat(Integer.parseInt(count.group(1))).as("still waiting when wait %d ran out", i).isBetween(1, waits.size() - i);
        }
        assertThat(catchThrowable(() -> later.get(10, TimeUnit.SECONDS))).cause().hasMessage("no permit (0 more waiting)");
        for (int i = 0; i < waits.size(); i++) {
            assertThat(ended[i] - started).as("wait %d ended after its timeout", i).isGreaterThanOrEqualTo(1_990_000_000L);
            assertThat(ended[i]).as("wait %d ended before the later one", i).isLessThanOrEqualTo(ended[waits.size()]);
        }
        assertThat(ended[waits.size()] - laterQueued).as("the later wait lasted its whole timeout").isGreaterThanOrEqualTo(1_990_000_000L);

        gate.release(); // nobody waits any more: the permit goes back to the gate
        assertThat(gate.acquire()).isCompleted();
    }

    @Test
    void aWaitRunsOutOnTime_whileEveryThreadOfTheCommonPoolIsBlocked() throws Exception {
        // Application code blocking the common pool is common; the gate's timeout must not wait for it
        // (on JDK 25, CompletableFuture.delayedExecutor runs its tasks there: it fired 12 s late).
        CountDownLatch unblock = new CountDownLatch(1);
        List<Future<?>> blockers = new ArrayList<>();
        for (int i = 0; i <= ForkJoinPool.getCommonPoolParallelism(); i++) {
            blockers.add(ForkJoinPool.commonPool().submit(() -> awaitQuietly(unblock)));
        }
        try {
            Gate gate = fullGate(200);
            long started = System.nanoTime();
            CompletableFuture<Void> waiting = gate.acquire();

            assertThat(catchThrowable(() -> waiting.get(5, TimeUnit.SECONDS))).isInstanceOf(ExecutionException.class)
                    .cause().hasMessage("no permit (0 more waiting)");
            assertThat(System.nanoTime() - started).isBetween(190_000_000L, 5_000_000_000L);
        } finally {
            unblock.countDown();
            for (Future<?> blocker : blockers) {
                blocker.get(10, TimeUnit.SECONDS);
            }
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aWaiterGivenAPermitBeforeItsDeadline_keepsIt_andTheNextWaitStillRunsOut() throws Exception {
        Gate gate = fullGate(1_000); // long enough that the release below comes before the served wait's deadline
        CompletableFuture<Void> served = gate.acquire();
        Thread.sleep(100);
        CompletableFuture<Void> starved = gate.acquire();

        gate.release();
        assertThat(served).isCompleted();
        Thread.sleep(1_000); // past the first waiter's deadline, when the timer was set for it
        assertThat(served.isCompletedExceptionally()).isFalse();
        assertThat(catchThrowable(() -> starved.get(10, TimeUnit.SECONDS))).cause()
                .isInstanceOf(ActiveRecordException.class).hasMessage("no permit (0 more waiting)");
    }

    @Test
    void closing_failsEveryWaiterAtOnce_andEveryLaterAcquire() {
        Gate gate = fullGate(60_000);
        CompletableFuture<Void> waiting = gate.acquire();

        gate.close("closed for the test");

        assertThat(catchThrowable(waiting::join)).cause().isInstanceOf(ActiveRecordException.class)
                .hasMessage("closed for the test");
        assertThat(catchThrowable(gate.acquire()::join)).cause().hasMessage("closed for the test");
    }

    @Test
    void tryAcquire_takesOnlyAFreePermit_neverOneAWaiterIsOwed_norOneOfAClosedGate() {
        Gate gate = gate(2, 60_000);
        assertThat(gate.tryAcquire()).isTrue();
        assertThat(gate.tryAcquire()).isTrue();
        assertThat(gate.tryAcquire()).isFalse();
        CompletableFuture<Void> waiting = gate.acquire();

        gate.release();
        assertThat(waiting).isCompleted();
        assertThat(gate.tryAcquire()).as("the permit went to the waiter").isFalse();
        gate.release();
        gate.close("closed for the test");
        assertThat(gate.tryAcquire()).isFalse();
    }

    @Test
    void withoutATimeout_aWaitLastsUntilAPermitIsFree() throws Exception {
        Gate gate = fullGate(0);
        CompletableFuture<Void> waiting = gate.acquire();
        Thread.sleep(100);

        assertThat(waiting).isNotDone();
        gate.release();
        assertThat(waiting).isCompleted();
    }
}

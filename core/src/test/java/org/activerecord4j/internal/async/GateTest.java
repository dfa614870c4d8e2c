package org.activerecord4j.internal.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
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
        Gate gate = fullGate(1_000);
        List<CompletableFuture<Void>> waits = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            waits.add(gate.acquire());
        }
        Thread.sleep(300);
        CompletableFuture<Void> later = gate.acquire(); // queued 300 ms after the others: it runs out after them

        Throwable first = catchThrowable(() -> waits.get(0).get(10, TimeUnit.SECONDS));
        long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertThat(first).isInstanceOf(ExecutionException.class).cause().isInstanceOf(ActiveRecordException.class)
                .hasMessage("no permit (1 more waiting)");
        assertThat(waitedMillis).isBetween(990L, 10_000L);
        for (CompletableFuture<Void> wait : waits) {
            assertThat(wait).isCompletedExceptionally();
        }
        assertThat(later).isNotDone();
        assertThat(catchThrowable(() -> later.get(10, TimeUnit.SECONDS))).cause().hasMessage("no permit (0 more waiting)");

        gate.release(); // nobody waits any more: the permit goes back to the gate
        assertThat(gate.acquire()).isCompleted();
    }

    @Test
    void aWaiterGivenAPermitBeforeItsDeadline_keepsIt_andTheNextWaitStillRunsOut() throws Exception {
        Gate gate = fullGate(300);
        CompletableFuture<Void> served = gate.acquire();
        Thread.sleep(100);
        CompletableFuture<Void> starved = gate.acquire();

        gate.release();
        assertThat(served).isCompleted();
        Thread.sleep(300); // past the first waiter's deadline, when the timer was set for it
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

package org.activerecord4j.internal.async;

import java.util.function.Supplier;
import org.activerecord4j.internal.jdbc.Routing;
import org.activerecord4j.internal.jdbc.Transaction;

/**
 * The async transaction a piece of work belongs to, carried along its chain: set on a thread while the
 * transaction's body runs, around every function given to a stage of the futures its calls return
 * ({@link ContextFuture}), on whatever thread it runs, and while those futures complete. While it is set,
 * statements go where the transaction's routing says and sync calls, which would run outside the
 * transaction, are refused.
 */
final class AsyncContext {

    /** The transaction set on a thread, and the routing the thread had before. */
    private record Frame(AsyncTransaction transaction, Routing.Snapshot before) {
    }

    private static final ThreadLocal<Frame> CURRENT = new ThreadLocal<>();
    /**
     * Set while a stream hands a record to its subscriber, beside its cursor: the async transaction the stream
     * reads in, or {@link #NO_TRANSACTION}.
     */
    private static final ThreadLocal<Object> BESIDE_STREAM = new ThreadLocal<>();
    private static final Object NO_TRANSACTION = new Object();

    private AsyncContext() {
    }

    /**
     * Returns the async transaction of the work running on this thread.
     *
     * @return the transaction, or null
     */
    static AsyncTransaction current() {
        Frame frame = CURRENT.get();
        return frame == null ? null : frame.transaction();
    }

    /**
     * Runs {@code work} as part of {@code transaction}'s chain.
     *
     * @param transaction the transaction
     * @param work the work
     * @param <R> its result
     * @return the work's result
     */
    static <R> R with(AsyncTransaction transaction, Supplier<R> work) {
        Frame previous = CURRENT.get();
        if (previous != null && previous.transaction() == transaction) {
            return work.get();
        }
        CURRENT.set(new Frame(transaction, Routing.snapshot()));
        try {
            return Transaction.inAsyncChain(() -> Routing.with(transaction.routing(), work));
        } finally {
            restore(previous);
        }
    }

    /**
     * Runs {@code work} outside the chain this thread runs, as the thread was before it: for completing the
     * future of a transaction that has ended, whose stages are no longer part of it.
     *
     * @param work the work
     */
    static void outside(Runnable work) {
        Frame previous = CURRENT.get();
        if (previous == null) {
            work.run();
            return;
        }
        CURRENT.remove();
        try {
            Transaction.outsideAsyncChain(() -> Routing.with(previous.before(), () -> {
                work.run();
                return null;
            }));
        } finally {
            restore(previous);
        }
    }

    /**
     * Runs {@code work}, a stream's hand-over of records to its subscriber, so that the async calls the
     * subscriber makes meanwhile run at once on this thread, beside the stream's cursor.
     *
     * @param transaction the async transaction the stream reads in, or null
     * @param work the hand-over
     * @param <R> its result
     * @return the work's result
     */
    static <R> R besideStream(AsyncTransaction transaction, Supplier<R> work) {
        Object previous = BESIDE_STREAM.get();
        BESIDE_STREAM.set(transaction == null ? NO_TRANSACTION : transaction);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                BESIDE_STREAM.remove();
            } else {
                BESIDE_STREAM.set(previous);
            }
        }
    }

    /**
     * Returns whether an async call made now runs beside a stream's cursor: a stream is handing a record to its
     * subscriber on this thread, and the call belongs to the stream's chain. A call of another async transaction
     * (one the subscriber started in {@code onNext}) goes to that transaction instead, or it would run outside it.
     *
     * @return true inside {@link #besideStream}, for a call of no other transaction than the stream's
     */
    static boolean isBesideStream() {
        Object stream = BESIDE_STREAM.get();
        if (stream == null) {
            return false;
        }
        AsyncTransaction current = current();
        return current == null || current == stream;
    }

    /**
     * Returns the async transaction of the stream handing a record to its subscriber on this thread.
     *
     * @return the transaction, or null outside {@link #besideStream} or for a stream outside any transaction
     */
    static AsyncTransaction streamTransaction() {
        return BESIDE_STREAM.get() instanceof AsyncTransaction transaction ? transaction : null;
    }

    private static void restore(Frame previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }
}

package org.activerecord4j.internal.async;

import java.lang.ref.Cleaner;
import java.util.Objects;
import java.util.Spliterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.activerecord4j.internal.jdbc.Routing;
import org.activerecord4j.internal.jdbc.StatementWatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The records of a sync stream published as the subscriber asks for them: each subscription opens its own
 * stream on an executor thread and, per step, hands the subscriber at most what it requested (and at most a
 * batch), each record beside the cursor as a sync stream's consumer gets it; it closes the stream, giving its
 * connection back, before it signals completion or an error and when the subscription is cancelled. A cancel from
 * another thread while a step opens or reads the cursor of a stream on a connection of its own cancels that statement
 * ({@link StatementWatch}), so the connection comes back without waiting for it; inside a transaction it waits for the
 * step, since a cancelled statement would abort the transaction on PostgreSQL. Signals
 * to one subscriber never overlap. A subscription that becomes garbage while neither cancelled nor ended is
 * closed then, on its lane, with a warning that shows where it was made. Thread-safe.
 *
 * @param <T> the record
 */
final class RecordPublisher<T> implements Flow.Publisher<T> {

    private static final Logger LOG = LoggerFactory.getLogger(RecordPublisher.class);
    private static final Cleaner CLEANER = Cleaner.create();

    /** Where a subscription's steps run, one after another on one connection. */
    interface Steps {
        /**
         * Queues a step.
         *
         * @param work the step
         * @param <R> its result
         * @return completes with the step's result
         */
        <R> CompletableFuture<R> run(Supplier<R> work);

        /**
         * Queues the last step, after which the connection is given back.
         *
         * @param work the step
         * @param <R> its result
         * @return completes with the step's result
         */
        <R> CompletableFuture<R> last(Supplier<R> work);

        /**
         * Returns the async transaction the steps run in.
         *
         * @return the transaction, or null for a stream outside any
         */
        default AsyncTransaction transaction() {
            return null;
        }

        /**
         * Returns whether a cancelled subscription may cancel the statement its step runs: only on a connection of
         * the stream's own, where nothing else is lost (not in a transaction, which it would abort on PostgreSQL, nor
         * on a test's connection).
         *
         * @return true for a stream that reads on a connection of its own
         */
        default boolean ownsConnection() {
            return false;
        }
    }

    /** The steps of a stream outside any transaction: a lane of its own, holding a permit while it reads. */
    static final class OwnLane implements Steps {
        private final AsyncEngine engine;
        private final Routing.Snapshot routing;
        private final Lane lane;

        OwnLane(AsyncEngine engine, Routing.Snapshot routing) {
            this.engine = engine;
            this.routing = routing;
            this.lane = new Lane(null, this::around, "This stream's subscription has ended");
        }

        private <R> R around(Supplier<R> work) {
            return Routing.with(routing, work);
        }

        @Override
        public <R> CompletableFuture<R> run(Supplier<R> work) {
            return lane.submit(engine, work);
        }

        @Override
        public <R> CompletableFuture<R> last(Supplier<R> work) {
            return lane.close(work);
        }

        @Override
        public boolean ownsConnection() {
            return true;
        }
    }

    private final Supplier<Steps> steps;
    private final Supplier<Stream<T>> open;
    private final int batch;

    RecordPublisher(Supplier<Steps> steps, Supplier<Stream<T>> open, int batch) {
        this.steps = steps;
        this.open = open;
        this.batch = batch;
    }

    /**
     * Returns a publisher that signals {@code failure} to every subscriber, for a stream that cannot start.
     *
     * @param failure the failure
     * @param <T> the record
     * @return the publisher
     */
    static <T> Flow.Publisher<T> failing(Throwable failure) {
        return subscriber -> {
            Objects.requireNonNull(subscriber, "subscriber");
            subscriber.onSubscribe(new Flow.Subscription() {
                @Override
                public void request(long n) {
                }

                @Override
                public void cancel() {
                }
            });
            subscriber.onError(failure);
        };
    }

    @Override
    public void subscribe(Flow.Subscriber<? super T> subscriber) {
        Objects.requireNonNull(subscriber, "subscriber");
        Steps lane;
        try {
            lane = steps.get();
        } catch (RuntimeException failure) {
            // The database was closed since the stream was made.
            RecordPublisher.<T>failing(failure).subscribe(subscriber);
            return;
        }
        Subscription subscription = new Subscription(subscriber, lane);
        CLEANER.register(subscription, new Abandoned(lane, subscription.opened, new Throwable("The subscription was made here")));
        try {
            subscriber.onSubscribe(subscription);
        } catch (RuntimeException | Error failure) {
            // The subscriber broke rule 2.13: treat the subscription as cancelled.
            subscription.cancel();
            throw failure;
        }
        subscription.subscribed();
    }

    /** One subscriber's stream. */
    private final class Subscription implements Flow.Subscription {
        private final Flow.Subscriber<? super T> subscriber;
        private final Steps lane;
        /** The stream, opened by the first step; read and closed only by steps. */
        private final Opened<T> opened = new Opened<>();
        private Spliterator<T> records;
        private long demand;
        /** A step is queued or running. */
        private boolean busy;
        /**
         * Set while the subscriber's {@code onSubscribe} runs: what it requests is read only once it has
         * returned, so that no record reaches the subscriber, on an executor thread, while {@code onSubscribe}
         * still runs (Reactive Streams rule 1.3: signals never overlap).
         */
        private boolean subscribing = true;
        private boolean cancelled;
        private boolean finished;
        private Throwable badRequest;
        private boolean handingOver;
        private boolean waiting;
        private Boolean waitingEnd;
        private Throwable waitingFailure;
        /** Knows the cursor of a stream on a connection of its own, so that a cancel stops its reads; else null. */
        private final StatementWatch cursorWatch;
        /** The thread running a step now, or null. */
        private volatile Thread stepThread;

        Subscription(Flow.Subscriber<? super T> subscriber, Steps lane) {
            this.subscriber = subscriber;
            this.lane = lane;
            this.cursorWatch = lane.ownsConnection() ? new StatementWatch() : null;
        }

        @Override
        public void request(long n) {
            boolean start;
            synchronized (this) {
                if (finished) {
                    return;
                }
                if (n <= 0) {
                    badRequest = new IllegalArgumentException("request(" + n + "): a subscriber must request a positive "
                            + "number of records (Reactive Streams rule 3.9)");
                } else {
                    demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
                }
                start = !busy && !subscribing;
                busy |= start;
            }
            if (start) {
                next();
            }
        }

        /** Starts serving what the subscriber requested in {@code onSubscribe}, which has returned. */
        void subscribed() {
            boolean start;
            synchronized (this) {
                subscribing = false;
                start = !busy && !finished && (demand > 0 || badRequest != null);
                busy |= start;
            }
            if (start) {
                next();
            }
        }

        @Override
        public void cancel() {
            boolean close;
            synchronized (this) {
                if (finished || cancelled) {
                    return;
                }
                cancelled = true;
                close = !busy;
                busy = true;
            }
            if (close) {
                finish(null, false);
            } else if (cursorWatch != null && stepThread != Thread.currentThread()) {
                // A step runs, or is queued: stop its read of the cursor rather than wait for it. Not from the step's
                // own thread (onNext), where no read runs and the subscriber's calls beside the cursor may go on.
                cursorWatch.cancel();
            }
        }

        /** Queues the next step, or ends; runs while {@code busy}. */
        private void next() {
            boolean cancel;
            Throwable refused;
            synchronized (this) {
                cancel = cancelled;
                refused = cancelled ? null : badRequest;
                if (refused != null) {
                    cancelled = true;
                } else if (!cancel && demand == 0) {
                    busy = false;
                    return;
                }
            }
            if (cancel) {
                finish(null, false);
            } else if (refused != null) {
                finish(refused, true);
            } else {
                lane.run(this::deliver).whenComplete(this::stepDone);
            }
        }

        /**
         * A step: hands the subscriber records while it has requested more and has not cancelled, at most a
         * batch, each beside the cursor as a sync stream's consumer gets them, so that the async calls its
         * {@code onNext} makes run there and then, on the stream's connection, instead of waiting for a
         * connection the stream may be holding. Demand the subscriber adds from {@code onNext} is served in the
         * same step: a subscriber that requests 100 at a time costs a hand-over to the executor per batch, not
         * per 100 records.
         *
         * @return whether the stream has no more records
         */
        private boolean deliver() {
            stepThread = Thread.currentThread();
            try {
                return deliverNow();
            } finally {
                stepThread = null;
            }
        }

        private boolean deliverNow() {
            if (opened.stream == null) {
                opened.stream = cursorWatch == null ? open.get() : cursorWatch.watching(open);
                records = opened.stream.spliterator();
            }
            // One object per step, not one per record; a stream whose cancel stops its reads tells its watch when the
            // subscriber's code runs beside the cursor, so that a cancel from another thread spares its statements.
            Consumer<? super T> onNext = cursorWatch == null ? subscriber::onNext : record -> {
                cursorWatch.besideCursor(true);
                try {
                    subscriber.onNext(record);
                } finally {
                    cursorWatch.besideCursor(false);
                }
            };
            return AsyncContext.besideStream(lane.transaction(), () -> {
                int delivered = 0;
                while (delivered < batch && takeOne()) {
                    if (!records.tryAdvance(onNext)) {
                        return true;
                    }
                    delivered++;
                }
                return false;
            });
        }

        /**
         * Counts off one record of the subscriber's demand, unless it has none left, has cancelled or has made a
         * bad request.
         *
         * @return whether a record may be handed to the subscriber
         */
        private synchronized boolean takeOne() {
            if (demand == 0 || cancelled || badRequest != null) {
                return false;
            }
            demand--;
            return true;
        }

        private synchronized boolean isCancelled() {
            return cancelled;
        }

        /**
         * Takes a step's outcome. A step that completed before this subscription chained on it would continue
         * inside the previous outcome's handling; such outcomes wait for the running one instead, so the stack
         * stays flat however many steps a stream takes.
         */
        private void stepDone(Boolean end, Throwable failure) {
            synchronized (this) {
                if (handingOver) {
                    waitingEnd = end;
                    waitingFailure = failure;
                    waiting = true;
                    return;
                }
                handingOver = true;
            }
            Boolean endNow = end;
            Throwable failureNow = failure;
            while (true) {
                afterStep(endNow, failureNow);
                synchronized (this) {
                    if (!waiting) {
                        handingOver = false;
                        return;
                    }
                    waiting = false;
                    endNow = waitingEnd;
                    failureNow = waitingFailure;
                    waitingEnd = null;
                    waitingFailure = null;
                }
            }
        }

        private void afterStep(Boolean end, Throwable failure) {
            if (failure != null && isCancelled()) {
                // Cancelled while the step ran (its statement, cancelled too, failed): no signal after a cancel.
                finish(null, false);
            } else if (failure != null) {
                // The query failed, or the subscriber's onNext threw (breaking rule 2.13): stop reading for it.
                synchronized (this) {
                    cancelled = true;
                }
                finish(failure, true);
            } else if (isCancelled()) {
                finish(null, false);
            } else if (end) {
                finish(null, true);
            } else {
                next();
            }
        }

        /** Closes the stream on the lane, gives the connection back, then signals the end (unless cancelled). */
        private void finish(Throwable failure, boolean signal) {
            synchronized (this) {
                if (finished) {
                    return;
                }
                finished = true;
            }
            opened.ended = true;
            lane.last(opened::close).whenComplete((ignored, closeFailure) -> {
                if (!signal) {
                    return;
                }
                Throwable end = failure != null ? failure : closeFailure;
                if (end != null) {
                    subscriber.onError(Async.unwrap(end));
                } else {
                    subscriber.onComplete();
                }
            });
        }
    }

    /**
     * A subscription's stream, apart from the subscription, so that its cleaner can close it: opened and closed by
     * the subscription's steps, one after another on the lane's threads.
     */
    private static final class Opened<T> {
        private volatile Stream<T> stream;
        /** Set once the subscription queued its last step, which closes the stream. */
        private volatile boolean ended;

        Void close() {
            Stream<T> open = stream;
            if (open != null) {
                open.close();
            }
            return null;
        }
    }

    /**
     * Ends a subscription that became garbage while neither cancelled nor ended (its subscriber dropped it): its last
     * step closes the stream on its lane, which gives the connection back and the lane's place among the async work
     * that holds connections.
     */
    private record Abandoned(Steps lane, Opened<?> opened, Throwable madeAt) implements Runnable {
        @Override
        public void run() {
            if (opened.ended) {
                return;
            }
            LOG.warn("An async stream's subscription was garbage-collected while neither cancelled nor read to its end; "
                    + "closing its stream now. Cancel a subscription that stops requesting records", madeAt);
            lane.last(opened::close);
        }
    }
}

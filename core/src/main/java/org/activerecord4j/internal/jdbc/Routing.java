package org.activerecord4j.internal.jdbc;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.activerecord4j.ActiveRecordException;

/**
 * Which database a model's statements go to: the one a {@code database.use(...)} block chose on this
 * thread, else the one the model is bound to, else the one a {@code database.transaction(...)} block
 * runs on, else the default. Thread-safe.
 */
public final class Routing {

    private static volatile Engine defaultEngine;
    private static final Map<Class<?>, Engine> BOUND = new ConcurrentHashMap<>();
    private static final ThreadLocal<Engine> SCOPED = new ThreadLocal<>();
    private static final ThreadLocal<Engine> TRANSACTION_SCOPED = new ThreadLocal<>();

    private Routing() {
    }

    /**
     * Sets the default database.
     *
     * @param engine the default, or null to clear it
     */
    public static void setDefault(Engine engine) {
        defaultEngine = engine;
    }

    /**
     * Returns the default database.
     *
     * @return the default
     * @throws ActiveRecordException when none is set
     */
    public static Engine defaultEngine() {
        Engine engine = defaultEngine;
        if (engine == null) {
            throw new ActiveRecordException("No database: call Database.setDefault(Database.sqlite(\"app.db\")) "
                    + "or run the code inside database.use(...)");
        }
        return engine;
    }

    /**
     * Binds {@code model} to {@code engine}, or unbinds it when {@code engine} is null.
     *
     * @param model the model class
     * @param engine the database
     */
    public static void bind(Class<?> model, Engine engine) {
        if (engine == null) {
            BOUND.remove(model);
        } else {
            BOUND.put(model, engine);
        }
    }

    /**
     * Returns the database {@code model}'s statements go to now.
     *
     * @param model the model class
     * @return the database
     */
    public static Engine forModel(Class<?> model) {
        Engine scoped = SCOPED.get();
        if (scoped != null) {
            return scoped;
        }
        Engine bound = BOUND.get(model);
        if (bound != null) {
            return bound;
        }
        Engine transaction = TRANSACTION_SCOPED.get();
        return transaction != null ? transaction : defaultEngine();
    }

    /**
     * Runs {@code block} with every model's statements going to {@code engine} on this thread.
     *
     * @param engine the database
     * @param block the block
     * @param <R> its result
     * @return the block's result
     */
    public static <R> R scoped(Engine engine, Supplier<R> block) {
        return within(SCOPED, engine, block);
    }

    /**
     * Runs {@code block} with the statements of models bound to no database going to {@code engine} on
     * this thread (a transaction block of that database); bound models keep their database.
     *
     * @param engine the transaction's database
     * @param block the block
     * @param <R> its result
     * @return the block's result
     */
    public static <R> R transactionScope(Engine engine, Supplier<R> block) {
        return within(TRANSACTION_SCOPED, engine, block);
    }

    /** Where this thread's statements go, as {@code use} and transaction blocks set it: to carry to another thread. */
    public record Snapshot(Engine scoped, Engine transactionScoped) {
        /** Outside every block: the commonest snapshot, one for all. */
        static final Snapshot NONE = new Snapshot(null, null);
    }

    /**
     * Returns where this thread's statements go now.
     *
     * @return the snapshot
     */
    public static Snapshot snapshot() {
        Engine scoped = SCOPED.get();
        Engine transactionScoped = TRANSACTION_SCOPED.get();
        return scoped == null && transactionScoped == null ? Snapshot.NONE : new Snapshot(scoped, transactionScoped);
    }

    /**
     * Runs {@code block} with the routing of another thread's {@link #snapshot}.
     *
     * @param snapshot the routing
     * @param block the block
     * @param <R> its result
     * @return the block's result
     */
    public static <R> R with(Snapshot snapshot, Supplier<R> block) {
        Engine scoped = SCOPED.get();
        Engine transactionScoped = TRANSACTION_SCOPED.get();
        if (scoped == snapshot.scoped() && transactionScoped == snapshot.transactionScoped()) {
            return block.get(); // the thread routes so already: an executor thread running a call made outside blocks
        }
        SCOPED.set(snapshot.scoped());
        TRANSACTION_SCOPED.set(snapshot.transactionScoped());
        try {
            return block.get();
        } finally {
            SCOPED.set(scoped);
            TRANSACTION_SCOPED.set(transactionScoped);
        }
    }

    /**
     * Runs {@code block} with {@code slot} set to {@code engine}, then puts back what it held. A slot goes back
     * to null rather than being removed, so that a thread running block after block (an executor's) keeps one
     * entry per slot instead of making and dropping one per block.
     */
    private static <R> R within(ThreadLocal<Engine> slot, Engine engine, Supplier<R> block) {
        Engine previous = slot.get();
        if (previous == engine) {
            return block.get();
        }
        slot.set(engine);
        try {
            return block.get();
        } finally {
            slot.set(previous);
        }
    }
}

package org.activerecord4j.internal.runtime;

import java.util.function.Function;

/**
 * Makes the public {@code Query} and {@code AsyncQuery} around a spec for front doors outside their package
 * (the relation types' {@code query(record)}), without the runtime depending on the public types:
 * {@code Model}'s class initialiser, which runs before any record exists, installs the constructors once.
 */
public final class QueryFactory {

    private static volatile Function<QuerySpec<?>, ?> queries;
    private static volatile Function<QuerySpec<?>, ?> asyncQueries;

    private QueryFactory() {
    }

    /**
     * Installs the factories; called once by {@code Model}.
     *
     * @param sync makes a {@code Query} around a spec
     * @param async makes an {@code AsyncQuery} around a spec
     */
    public static synchronized void install(Function<QuerySpec<?>, ?> sync, Function<QuerySpec<?>, ?> async) {
        if (queries != null) {
            throw new IllegalStateException("query factories already installed");
        }
        queries = sync;
        asyncQueries = async;
    }

    /**
     * Returns the public {@code Query} around {@code spec}.
     *
     * @param spec the spec
     * @param <Q> the query type the caller expects
     * @return the query
     */
    @SuppressWarnings("unchecked")
    public static <Q> Q wrap(QuerySpec<?> spec) {
        return (Q) queries.apply(spec);
    }

    /**
     * Returns the public {@code AsyncQuery} around {@code spec}.
     *
     * @param spec the spec
     * @param <Q> the query type the caller expects
     * @return the query
     */
    @SuppressWarnings("unchecked")
    public static <Q> Q wrapAsync(QuerySpec<?> spec) {
        return (Q) asyncQueries.apply(spec);
    }
}

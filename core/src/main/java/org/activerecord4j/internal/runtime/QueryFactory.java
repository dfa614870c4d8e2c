package org.activerecord4j.internal.runtime;

import java.util.function.Function;

/**
 * Makes the public {@code Query} around a spec for front doors outside its package (the relation types'
 * {@code query(record)}), without the runtime depending on the public type: {@code ActiveRecord}'s class
 * initialiser, which runs before any record exists, installs the constructor once.
 */
public final class QueryFactory {

    private static volatile Function<QuerySpec<?>, ?> factory;

    private QueryFactory() {
    }

    /**
     * Installs the factory; called once by {@code ActiveRecord}.
     *
     * @param queries makes a query around a spec
     */
    public static void install(Function<QuerySpec<?>, ?> queries) {
        if (factory != null) {
            throw new IllegalStateException("query factory already installed");
        }
        factory = queries;
    }

    /**
     * Returns the public query around {@code spec}.
     *
     * @param spec the spec
     * @param <Q> the query type the caller expects
     * @return the query
     */
    @SuppressWarnings("unchecked")
    public static <Q> Q wrap(QuerySpec<?> spec) {
        return (Q) factory.apply(spec);
    }
}

package org.activerecord4j.internal.dialect;

import java.util.Arrays;
import java.util.function.Function;

/**
 * A value computed once per dialect and then reused, e.g. a model's quoted column list. Dialects are a
 * few constants, so entries are found by identity in a short array rather than by hashing the dialect
 * record (whose hash walks its whole type mapping). Thread-safe: readers never lock; two threads that
 * miss at once may both compute, and the first to store wins.
 *
 * @param <V> the value
 */
public final class PerDialect<V> {

    private volatile Object[] entries = {};

    /**
     * Returns an empty cache per model class, each holding a value per dialect: for what a model renders
     * or resolves the same way on every statement, e.g. its quoted column list.
     *
     * @param <V> the value
     * @return the caches, one created on a model's first use
     */
    public static <V> ClassValue<PerDialect<V>> perModel() {
        return new ClassValue<>() {
            @Override
            protected PerDialect<V> computeValue(Class<?> model) {
                return new PerDialect<>();
            }
        };
    }

    /**
     * Returns the value for {@code dialect}, computing and keeping it on first use.
     *
     * @param dialect the dialect
     * @param compute computes the value for a dialect; must not return null
     * @return the value
     */
    @SuppressWarnings("unchecked")
    public V get(Dialect dialect, Function<Dialect, V> compute) {
        Object[] current = entries;
        for (int i = 0; i < current.length; i += 2) {
            if (current[i] == dialect) {
                return (V) current[i + 1];
            }
        }
        return store(dialect, compute.apply(dialect));
    }

    @SuppressWarnings("unchecked")
    private synchronized V store(Dialect dialect, V value) {
        Object[] current = entries;
        for (int i = 0; i < current.length; i += 2) {
            if (current[i] == dialect) {
                return (V) current[i + 1];
            }
        }
        Object[] grown = Arrays.copyOf(current, current.length + 2);
        grown[current.length] = dialect;
        grown[current.length + 1] = value;
        entries = grown;
        return value;
    }
}

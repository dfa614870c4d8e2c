package org.activerecord4j;

/**
 * A statement listener's registration; closing it removes the listener. Its {@link #close()} throws no
 * checked exception, so it fits in try-with-resources without a catch.
 *
 * <pre>{@code
 * try (ListenerRegistration registration = database.addListener(event -> log.info(event.sql()))) {
 *     User.query().all();
 * }
 * }</pre>
 *
 * <p>Thread-safe: closing it twice, or from another thread, is harmless.
 */
@FunctionalInterface
public interface ListenerRegistration extends AutoCloseable {

    /** Removes the listener. */
    @Override
    void close();
}

package org.activerecord4j;

/**
 * Sees every statement a {@link Database} runs, after it ran: for logging, metrics and counting
 * queries in tests. Listeners are called on the thread that ran the statement and must be
 * thread-safe; an exception or error a listener throws (an {@code AssertionError} too) is logged and ignored,
 * so it cannot make a statement that ran look failed; only a {@link VirtualMachineError} goes on.
 *
 * <pre>{@code
 * try (var registration = database.addListener(event -> log.info("{} {}", event.sql(), event.duration()))) {
 *     User.query().all();
 * }
 * }</pre>
 */
@FunctionalInterface
public interface StatementListener {

    /**
     * Called after each statement.
     *
     * @param event what ran, with what, for how long
     */
    void onStatement(StatementEvent event);
}

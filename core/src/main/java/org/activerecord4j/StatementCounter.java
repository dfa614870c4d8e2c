package org.activerecord4j;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Counts the statements a database runs, for assertions in tests: how many queries a page costs,
 * that a clean {@code save()} costs none.
 *
 * <pre>{@code
 * try (StatementCounter counter = StatementCounter.start(database)) {
 *     User.query().all();
 *     assertEquals(1, counter.count());
 * }
 * int statements = StatementCounter.count(database, () -> user.save());
 * }</pre>
 *
 * <p>Thread-safe; it counts statements from every thread using the database while it is open.
 */
public final class StatementCounter implements StatementListener, AutoCloseable {

    private final List<StatementEvent> events = new ArrayList<>();
    private final AutoCloseable registration;

    private StatementCounter(Database database) {
        this.registration = database.addListener(this);
    }

    /**
     * Starts counting the statements of {@code database}.
     *
     * @param database the database
     * @return the counter; close it to stop counting
     */
    public static StatementCounter start(Database database) {
        return new StatementCounter(database);
    }

    /**
     * Runs {@code block} and returns how many statements it ran on {@code database}.
     *
     * @param database the database
     * @param block the block
     * @return the number of statements
     */
    public static int count(Database database, Runnable block) {
        try (StatementCounter counter = start(database)) {
            block.run();
            return counter.count();
        }
    }

    /**
     * Runs {@code block} and fails unless it ran exactly {@code expected} statements on {@code database};
     * the failure lists the SQL that ran. For users' own tests: it guards a page against N+1 queries.
     *
     * <pre>{@code
     * StatementCounter.assertStatements(db, 3, () -> render(User.query().with("posts.comments").all()));
     * }</pre>
     *
     * @param database the database
     * @param expected the number of statements the block must run
     * @param block the block
     * @throws AssertionError when the count differs
     */
    public static void assertStatements(Database database, int expected, Runnable block) {
        try (StatementCounter counter = start(database)) {
            block.run();
            List<String> sql = counter.sql();
            if (sql.size() != expected) {
                throw new AssertionError("Expected " + expected + " statement" + (expected == 1 ? "" : "s") + " but "
                        + sql.size() + " ran:" + sql.stream().map(text -> "\n  " + text).collect(Collectors.joining()));
            }
        }
    }

    @Override
    public synchronized void onStatement(StatementEvent event) {
        events.add(event);
    }

    /**
     * Returns how many statements ran since the counter started or was reset.
     *
     * @return the count
     */
    public synchronized int count() {
        return events.size();
    }

    /**
     * Returns the statements that ran since the counter started or was reset, in order.
     *
     * @return a copy of the events
     */
    public synchronized List<StatementEvent> statements() {
        return List.copyOf(events);
    }

    /**
     * Returns the SQL of the statements that ran, in order.
     *
     * @return the SQL texts
     */
    public synchronized List<String> sql() {
        return events.stream().map(StatementEvent::sql).toList();
    }

    /** Forgets the statements counted so far. */
    public synchronized void reset() {
        events.clear();
    }

    /** Stops counting. */
    @Override
    public void close() {
        try {
            registration.close();
        } catch (Exception e) {
            throw new ActiveRecordException("Removing the statement counter failed", e);
        }
    }
}

package org.activerecord4j.internal.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.activerecord4j.ListenerRegistration;
import org.activerecord4j.StatementEvent;
import org.activerecord4j.StatementListener;
import org.activerecord4j.internal.dialect.Dialect;
import org.activerecord4j.internal.sql.SqlStatement;

/**
 * Watches a test's transaction on a database where a statement inside a transaction commits it (a schema change on
 * MariaDB), which the test's rollback then cannot undo: the rows the test wrote before it are kept, and later tests
 * (and later runs) see them. It notes the statements of the test's transaction as they run (the first that commits it,
 * the writes before the last such one), and at the test's end, when the test wrote after the last one it noted, asks
 * the database once whether the transaction is still open, which catches a commit it could not tell from the text.
 * It asks at once too after a {@code CALL} (a procedure may make a schema change) and after a schema change that
 * failed (one with a syntax error commits nothing), before later statements begin a new transaction.
 * Thread-safe (the test's async calls run on executor threads).
 */
final class ImplicitCommits implements StatementListener {

    /** The most write statements a message lists. */
    private static final int LISTED = 10;

    private final Engine engine;
    private final TestTransaction test;
    private ListenerRegistration registration;
    /** The first statement of the test's transaction known to commit it, or null. */
    private String committedBy;
    /** Whether the transaction was committed, by that statement or (the database says) by another. */
    private boolean committed;
    /** The writes before the last commit, whose rows were kept. */
    private final Set<String> kept = new LinkedHashSet<>();
    /** The writes since the last commit (since the test began if none). */
    private final Set<String> pending = new LinkedHashSet<>();

    private ImplicitCommits(Engine engine, TestTransaction test) {
        this.engine = engine;
        this.test = test;
    }

    /**
     * Starts watching the test's transaction on {@code engine}.
     *
     * @param engine the test's database
     * @param test the test's transaction's state
     * @return the watch, or null where no statement commits the transaction it runs in
     */
    static ImplicitCommits watch(Engine engine, TestTransaction test) {
        if (engine.dialect().openTransactionQuery() == null) {
            return null;
        }
        ImplicitCommits watch = new ImplicitCommits(engine, test);
        ListenerRegistration registration = engine.addListener(watch);
        synchronized (watch) {
            watch.registration = registration;
        }
        return watch;
    }

    @Override
    public void onStatement(StatementEvent event) {
        Transaction current = Transaction.current();
        if (current == null || current.testConnection() != test) {
            return;   // outside the test's transaction: another thread's, or another database's
        }
        Dialect dialect = engine.dialect();
        String sql = event.sql();
        boolean commits = dialect.commitsImplicitly(sql);
        boolean call = !commits && !event.failed() && SqlStatement.callsProcedure(sql);
        // A statement that commits fails after its commit, except one the server could not parse (a syntax error),
        // which commits nothing; a procedure may commit, its text cannot tell. The database says which, while the
        // transaction the commit would end has not been begun again by a later statement: one query, on the rare
        // statement it is asked for (neither a plain write nor a read is).
        if ((commits && event.failed()) || call) {
            Boolean open = transactionOpen(current.connection());
            // Unknown for a CALL: the test's end asks again. Closed with nothing written before: nothing was kept, and
            // a failed change changed nothing (a CALL's change cannot be told from a procedure that did nothing).
            if (open == null ? call : open || pendingIsEmpty()) {
                return;
            }
        }
        synchronized (this) {
            if (commits || call) {
                if (!committed) {
                    committedBy = sql;
                    committed = true;
                }
                kept.addAll(pending);
                pending.clear();
            } else if (!event.failed() && SqlStatement.writesRows(sql)) {
                pending.add(sql);
            }
        }
    }

    private synchronized boolean pendingIsEmpty() {
        return pending.isEmpty();
    }

    /**
     * Asks whether the transaction on {@code connection} is still open.
     *
     * @param connection the test's connection, or null
     * @return the answer, or null when it could not be asked
     */
    private Boolean transactionOpen(Connection connection) {
        if (connection == null) {
            return null;
        }
        try (Statement statement = connection.createStatement();
                ResultSet open = statement.executeQuery(engine.dialect().openTransactionQuery())) {
            return open.next() ? open.getLong(1) != 0 : null;
        } catch (SQLException e) {
            return null;
        }
    }

    /**
     * Stops watching and says whether the test's transaction was committed before its end: one query when the test
     * wrote after the last statement known to commit it (none else).
     *
     * @param connection the test's connection, its transaction not yet rolled back; or null not to ask the database
     *     (a step of async work may still run on it)
     * @return why the test must fail, or null
     */
    synchronized String check(Connection connection) {
        registration.close();
        String unchecked = null;
        if (connection != null && !pending.isEmpty()) {
            String query = engine.dialect().openTransactionQuery();
            try (Statement statement = connection.createStatement(); ResultSet open = statement.executeQuery(query)) {
                if (open.next() && open.getLong(1) == 0) {
                    committed = true;
                    kept.addAll(pending);
                }
            } catch (SQLException e) {
                unchecked = "Could not tell whether the test's transaction on " + engine.describe() + " was committed "
                        + "before the test ended: " + query + " failed: " + e.getMessage();
            }
        }
        if (!committed) {
            return unchecked;
        }
        String by = "by a statement that commits the transaction it runs in on " + engine.dialect().name()
                + (committedBy == null ? " (a schema change, or a procedure that makes one)"
                        : SqlStatement.callsProcedure(committedBy) ? " (a procedure that makes a schema change):\n  "
                                + committedBy
                        : " (a schema change):\n  " + committedBy);
        String outlives = kept.isEmpty() ? "\nso the change outlives the test: its rollback cannot undo it."
                : "\nso the rows these statements of the test wrote before it were kept, and later tests (and later runs) "
                        + "see them:" + kept.stream().limit(LISTED).map(sql -> "\n  " + sql).collect(Collectors.joining())
                        + (kept.size() > LISTED ? "\n  … and " + (kept.size() - LISTED) + " more" : "");
        return "The test's transaction on " + engine.describe() + " was committed before the test ended, " + by + outlives
                + "\nRun schema changes in the TestDatabase's schema source (SchemaSource) or in @BeforeAll, or in a test "
                + "class without TestDatabase.";
    }
}

package org.activerecord4j.internal.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.List;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.internal.dialect.KeyRetrieval;
import org.activerecord4j.internal.sql.Parameter;
import org.activerecord4j.internal.sql.SqlStatement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one template every statement of a database runs through: lease a connection, prepare (from the
 * statement cache where the dialect keeps one), bind, execute, give the connection back, then log and tell
 * the listeners, or turn a driver failure into a {@code StatementFailedException}. A read that lost its
 * pooled connection before handing a row on runs once more on a checked one. Thread-safe.
 */
final class Executor {

    private static final Logger LOG = LoggerFactory.getLogger(Executor.class);

    private final Engine engine;
    private final Connections connections;
    private final StatementLog log;
    private final StatementCache statements;

    Executor(Engine engine, Connections connections, StatementLog log, StatementCache statements) {
        this.engine = engine;
        this.connections = connections;
        this.log = log;
        this.statements = statements;
    }

    /** What a statement does with its connection; returns the rows it read or changed. */
    @FunctionalInterface
    private interface Work {
        long run(Connection connection) throws SQLException;
    }

    /** Whether a failed read may run again: nothing of it reached the caller. */
    @FunctionalInterface
    private interface Retryable {
        boolean now();
    }

    long query(SqlStatement statement, RowHandler handler) {
        Read read = new Read(statement, handler);
        return run(statement, false, 1, read, read);
    }

    /**
     * One query's work, all of it in one object (the commonest statement makes no more): runs the statement,
     * hands each row on and counts them; it may run again while it has handed none.
     */
    private final class Read implements Work, Retryable, CachedExecution {
        private final SqlStatement statement;
        private final RowHandler handler;
        private long handed;

        Read(SqlStatement statement, RowHandler handler) {
            this.statement = statement;
            this.handler = handler;
        }

        @Override
        public long run(Connection connection) throws SQLException {
            return cached(connection, statement, this);
        }

        @Override
        public boolean now() {
            return handed == 0;
        }

        @Override
        public long execute(PreparedStatement prepared) throws SQLException {
            try (ResultSet resultSet = prepared.executeQuery()) {
                while (resultSet.next()) {
                    handler.row(resultSet);
                    handed++;
                }
            }
            return handed;
        }
    }

    /**
     * Runs a write that returns rows (an INSERT … RETURNING): leased, checked and never run again as a write is,
     * its rows handed on as a query's are.
     */
    long writeReturning(SqlStatement statement, RowHandler handler) {
        Read read = new Read(statement, handler);
        return run(statement, true, 1, () -> false, read);
    }

    long update(SqlStatement statement) {
        return run(statement, true, 1, () -> false,
                connection -> cached(connection, statement, PreparedStatement::executeLargeUpdate));
    }

    <T> long batch(SqlStatement first, List<T> rows, RowBinder<T> binder) {
        return run(first, true, rows.size(), () -> false, connection -> {
            try (PreparedStatement prepared = connection.prepareStatement(first.sql())) {
                for (T row : rows) {
                    binder.bind(prepared, row);
                    prepared.addBatch();
                }
                return watched(prepared, batch -> {
                    long total = 0;
                    for (int count : batch.executeBatch()) {
                        total += Math.max(count, 0);
                    }
                    return total;
                });
            }
        });
    }

    <T> void insertReturningKeys(SqlStatement first, List<T> rows, RowBinder<T> binder, String keyColumn, KeyReader<T> keys) {
        run(first, true, rows.size(), () -> false, connection -> {
            if (!engine.dialect().supportsBatchKeys()) {
                return eachReturning(connection, first, rows, binder, keys);
            }
            try (PreparedStatement prepared = engine.dialect().keyRetrieval() == KeyRetrieval.RETURNING
                    ? connection.prepareStatement(first.sql(), new String[] {keyColumn})
                    : connection.prepareStatement(first.sql(), Statement.RETURN_GENERATED_KEYS)) {
                for (T row : rows) {
                    binder.bind(prepared, row);
                    if (rows.size() > 1) {
                        prepared.addBatch();
                    }
                }
                watched(prepared, inserts -> rows.size() > 1 ? inserts.executeBatch().length : inserts.executeUpdate());
                readKeys(first, prepared, rows, keys);
                return rows.size();
            }
        });
    }

    /** One statement prepared once, run per row, each row's key read from its {@code RETURNING}. */
    private <T> long eachReturning(Connection connection, SqlStatement first, List<T> rows, RowBinder<T> binder,
            KeyReader<T> keys) throws SQLException {
        try (PreparedStatement prepared = connection.prepareStatement(first.sql())) {
            for (T row : rows) {
                binder.bind(prepared, row);
                watched(prepared, insert -> {
                    try (ResultSet key = insert.executeQuery()) {
                        if (!key.next()) {
                            throw new ActiveRecordException("An insert returned no key: " + first.sql());
                        }
                        keys.read(row, key);
                    }
                    return 1;
                });
            }
            return rows.size();
        }
    }

    private static <T> void readKeys(SqlStatement first, PreparedStatement prepared, List<T> rows, KeyReader<T> keys)
            throws SQLException {
        int read = 0;
        try (ResultSet generated = prepared.getGeneratedKeys()) {
            while (read < rows.size() && generated.next()) {
                keys.read(rows.get(read++), generated);
            }
        }
        if (read != rows.size()) {
            throw new ActiveRecordException("Inserting " + rows.size() + " rows returned " + read + " generated keys: "
                    + first.sql());
        }
    }

    Cursor cursor(SqlStatement statement, int fetchSize) {
        long started = System.nanoTime();
        try {
            for (int attempt = 1; ; attempt++) {
                Connections.Lease lease = connections.lease(false, attempt > 1);
                Savepoint isolation = null;
                try {
                    if (lease.isolatedIn() != null) {
                        isolation = lease.isolatedIn().statementStarts(lease.connection());
                    }
                    Cursor cursor = new Cursor(engine, statement, lease.connection(), lease.pooled(), fetchSize);
                    Transaction current = Transaction.current();
                    if (!lease.pooled() && current != null && current.engine() == engine) {
                        current.opened(cursor);
                        cursor.takesTurnsOf(current.testConnection());
                    }
                    if (isolation != null) {
                        cursor.isolatedIn(lease.isolatedIn(), isolation);
                    }
                    return cursor;
                } catch (SQLException | RuntimeException e) {
                    if (isolation != null) {
                        lease.isolatedIn().statementEnded(lease.connection(), isolation, e);
                    }
                    if (!(e instanceof SQLException failure) || !lease.pooled() || attempt > 1 || !ConnectionLoss.is(failure)) {
                        throw e;
                    }
                    LOG.debug("Connection lost before a cursor opened; opening it on another connection", e);
                } finally {
                    if (lease.turn() != null) {
                        lease.turn().exitStatement(true);   // the cursor's later reads take turns of their own
                    }
                }
            }
        } catch (SQLException e) {
            throw failure(statement, started, e);
        }
    }

    private long run(SqlStatement statement, boolean write, int batchSize, Retryable retryable, Work work) {
        long started = System.nanoTime();
        try {
            for (int attempt = 1; ; attempt++) {
                Connections.Lease lease = connections.lease(write, write || attempt > 1);
                try {
                    long rows = lease.isolatedIn() != null ? isolated(lease, work)
                            : lease.inSavepoint() ? inSavepoint(lease.connection(), work)
                            : work.run(lease.connection());
                    log.report(statement, started, rows, batchSize, false);
                    return rows;
                } catch (SQLException e) {
                    if (write || !lease.pooled() || attempt > 1 || !retryable.now() || !ConnectionLoss.is(e)) {
                        throw e;
                    }
                    LOG.debug("Connection lost before a read returned a row; running it again on another connection", e);
                } finally {
                    connections.end(lease);
                }
            }
        } catch (SQLException e) {
            throw failure(statement, started, batchSize, e);
        }
    }

    /**
     * Runs {@code work} in a savepoint of a test's transaction, as production's auto-commit would isolate it: rolled
     * back to if it fails, so that the test's transaction goes on.
     */
    private static long isolated(Connections.Lease lease, Work work) throws SQLException {
        TestTransaction test = lease.isolatedIn();
        Connection connection = lease.connection();
        Savepoint savepoint = test.statementStarts(connection);
        long rows;
        try {
            rows = work.run(connection);
        } catch (SQLException | RuntimeException | Error e) {
            test.statementEnded(connection, savepoint, e);
            throw e;
        }
        test.statementEnded(connection, savepoint, null);
        return rows;
    }

    /**
     * Runs {@code work} in a savepoint of the transaction its connection runs, rolled back to when it fails, so that a
     * failed statement fails alone where it would abort the transaction (a write beside a cursor's transaction).
     */
    private static long inSavepoint(Connection connection, Work work) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        long rows;
        try {
            rows = work.run(connection);
        } catch (SQLException | RuntimeException | Error e) {
            try {
                connection.rollback(savepoint);
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw e;
        }
        connection.releaseSavepoint(savepoint);
        return rows;
    }

    /**
     * Prepares {@code statement} through the cache, binds it, runs {@code execution} and gives it back; on a
     * failure, closes it and, when the connection is lost, takes the connection out of the pool.
     */
    private long cached(Connection connection, SqlStatement statement, CachedExecution execution) throws SQLException {
        StatementCache.Borrowed borrowed = statements.prepare(connection, statement.sql());
        long count;
        try {
            PreparedStatement prepared = borrowed.statement();
            bind(prepared, statement.parameters());
            count = watched(prepared, execution);
        } catch (SQLException | RuntimeException | Error e) {
            statements.discard(borrowed, e);
            if (e instanceof SQLException failure) {
                connections.evictIfLost(connection, failure);
            }
            throw e;
        }
        statements.release(borrowed);
        return count;
    }

    /**
     * Runs {@code execution} on {@code prepared}, known to the async call it runs for (if any) while it runs, so that
     * ending that call's future early cancels it ({@link StatementWatch}).
     */
    private static long watched(PreparedStatement prepared, CachedExecution execution) throws SQLException {
        StatementWatch watch = StatementWatch.current();
        if (watch == null) {
            return execution.execute(prepared);
        }
        watch.starting(prepared);
        try {
            return execution.execute(prepared);
        } finally {
            watch.ended();
        }
    }

    /** Executes a bound statement and counts the rows it read or changed. */
    @FunctionalInterface
    private interface CachedExecution {
        long execute(PreparedStatement prepared) throws SQLException;
    }

    /**
     * Binds parameters in order.
     *
     * @param prepared the statement
     * @param parameters the parameters
     * @throws SQLException when the driver refuses one
     */
    static void bind(PreparedStatement prepared, List<Parameter> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Parameter parameter = parameters.get(i);
            parameter.handler().bindNullable(prepared, i + 1, parameter.value());
        }
    }

    RuntimeException failure(SqlStatement statement, long startedNanos, SQLException cause) {
        return failure(statement, startedNanos, 1, cause);
    }

    /** The failure of a statement sent with {@code batchSize} parameter sets, {@code statement} holding the first. */
    private RuntimeException failure(SqlStatement statement, long startedNanos, int batchSize, SQLException cause) {
        Transaction current = Transaction.current();
        RuntimeException failure = log.failure(statement, startedNanos, batchSize, cause, current != null);
        if (engine.isClosed() && ConnectionLoss.is(cause)) {
            // The pool aborted the connection the statement ran on: the database went, not the connection.
            failure = new ActiveRecordException("The database " + engine.describe() + " was closed while this statement "
                    + "ran; it can no longer run statements\n  SQL: " + statement.sql(), failure);
        }
        if (current != null && current.engine() == engine) {
            current.statementFailed(failure, cause);
        }
        return failure;
    }
}

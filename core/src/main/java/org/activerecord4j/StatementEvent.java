package org.activerecord4j;

import java.time.Duration;
import java.util.List;

/**
 * One statement activerecord4j ran, as seen by a {@link StatementListener}.
 *
 * @param database the short dialect name of the database: {@code sqlite}, {@code postgresql} or {@code mariadb}
 * @param sql the SQL with {@code ?} placeholders
 * @param parameters the bound values (of the first row, for a batch), as bound: listeners see them even where the
 *     database hides them in messages and logs ({@code redactParameters})
 * @param duration how long the statement took, reading included
 * @param rowCount rows read (queries) or affected (updates)
 * @param batchSize how many parameter sets were sent in one batch; 1 for a plain statement
 * @param failed whether the database rejected the statement
 */
public record StatementEvent(
        String database,
        String sql,
        List<Object> parameters,
        Duration duration,
        long rowCount,
        int batchSize,
        boolean failed) {
}

package org.activerecord4j;

/**
 * Thrown when the connection to the database was lost while a transaction committed: the COMMIT may have
 * reached the database and succeeded, or not, and no answer came back to tell. The transaction is neither
 * known to be committed nor known to be rolled back.
 *
 * <p>The records the transaction wrote keep what it wrote, as after a commit: their keys, whether they are
 * new, their cached relations. Restoring them as after a rollback would drop the keys that name their rows,
 * and saving them again would insert those rows twice should the database have committed. To find out,
 * read the rows back: {@link ActiveRecord#reload()} reads what the database holds, and fails with
 * {@link RecordNotFoundException} for an inserted row that was not committed.
 *
 * <pre>{@code
 * try {
 *     database.transaction(() -> { order.save(); payment.save(); });
 * } catch (CommitOutcomeUnknownException e) {
 *     boolean committed = database.use(() -> Order.findOne(order.id)) != null;
 * }
 * }</pre>
 *
 * <p>The connection is not used again. {@link #getCause()} is the driver's exception. Instances are immutable
 * once thrown.
 */
public class CommitOutcomeUnknownException extends ActiveRecordException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was lost, on which database, and how to find out the outcome
     * @param cause the driver's exception
     */
    public CommitOutcomeUnknownException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.activerecord4j;

/**
 * A block run inside a transaction that returns a value. Any exception it throws, checked or not,
 * rolls the transaction back and reaches the caller unchanged.
 *
 * @param <R> the result type
 * @param <X> the checked exception the block may throw
 */
@FunctionalInterface
public interface TransactionBody<R, X extends Exception> {

    /**
     * Runs the block.
     *
     * @return the block's result
     * @throws X when the block fails
     */
    R run() throws X;
}

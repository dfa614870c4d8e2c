package org.activerecord4j;

/**
 * A block run inside a transaction that returns nothing. Any exception it throws, checked or not,
 * rolls the transaction back and reaches the caller unchanged.
 *
 * @param <X> the checked exception the block may throw
 */
@FunctionalInterface
public interface TransactionAction<X extends Exception> {

    /**
     * Runs the block.
     *
     * @throws X when the block fails
     */
    void run() throws X;
}

package org.activerecord4j.testing;

import java.util.ArrayList;
import java.util.List;
import org.activerecord4j.Database;
import org.activerecord4j.TransactionAction;
import org.activerecord4j.internal.jdbc.Transaction;
import org.junit.jupiter.api.extension.InvocationInterceptor.Invocation;

/**
 * Runs a test inside a transaction that is always rolled back: a test that passes, fails or throws
 * leaves no rows behind. Statements inside it use the transaction's connection, and models go to the test's
 * database on this thread. A transaction the code under test opens inside it (sync or async) runs in a
 * savepoint, which is released where production would commit and rolled back to where production would roll
 * back, so that the code's transactions end as they do in production. Plain async calls made during the test
 * run in it too, on its connection, taking turns with the test's own statements.
 *
 * <p>A lifecycle method that JUnit runs outside the test's transaction ({@code @BeforeEach}, {@code @AfterEach}, a
 * {@code @TestFactory} method) runs in such a transaction of its own, which commits when the method returns and
 * rolls back when it throws ({@link #runUnlessItThrows}), so that a write {@link SetupWrites} refuses leaves nothing.
 */
final class RolledBackTransaction {

    private RolledBackTransaction() {
    }

    /** A test or lifecycle method. */
    @FunctionalInterface
    interface Block<T> {
        T run() throws Throwable;
    }

    static <T> void run(Database database, Invocation<T> test) throws Throwable {
        inTestTransaction(database, test::proceed, false);
    }

    /**
     * Runs {@code method} in a test's transaction that commits when it returns (and no async call or transaction of
     * it is still pending) and rolls back when it throws.
     *
     * @param database the test's database
     * @param method the method
     * @return what the method returned
     */
    static <T> T runUnlessItThrows(Database database, Block<T> method) throws Throwable {
        return inTestTransaction(database, method, true);
    }

    private static <T> T inTestTransaction(Database database, Block<T> block, boolean commitsWhenItReturns)
            throws Throwable {
        List<T> result = new ArrayList<>(1);
        try {
            database.transaction((TransactionAction<Exception>) () -> {
                Transaction.markAsTestTransaction();
                Throwable failure = null;
                try {
                    result.add(proceed(block));
                } catch (Exception | Error e) {
                    failure = e;
                }
                boolean commits = commitsWhenItReturns && failure == null;
                failure = endTest(failure, commits);
                if (failure instanceof Error error) {
                    throw error;
                }
                if (failure != null) {
                    throw (Exception) failure;
                }
                if (!commits) {
                    throw new RollBack();
                }
            });
        } catch (RollBack expected) {
            // The test passed; its changes are gone.
        } catch (OtherThrowable wrapped) {
            throw wrapped.getCause();
        }
        return result.isEmpty() ? null : result.get(0);
    }

    /**
     * Ends the test's transaction before it rolls back (or commits); an async transaction of the code under test
     * still open in it, or an async call of the test still pending (not waited for), fails the test, as its later
     * statements will fail.
     *
     * @param failure the test's failure, or null
     * @param commits whether the transaction is to commit
     * @return the test's failure, or null
     */
    private static Throwable endTest(Throwable failure, boolean commits) {
        String stillOpen = Transaction.endTestTransaction(commits);
        if (stillOpen == null) {
            return failure;
        }
        IllegalStateException unfinished = new IllegalStateException(stillOpen);
        if (failure == null) {
            return unfinished;
        }
        failure.addSuppressed(unfinished);
        return failure;
    }

    private static <T> T proceed(Block<T> block) throws Exception {
        try {
            return block.run();
        } catch (Exception | Error failure) {
            throw failure;
        } catch (Throwable other) {
            throw new OtherThrowable(other);
        }
    }

    /** Thrown at the end of a passing test so that the transaction rolls back. */
    private static final class RollBack extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RollBack() {
            super("rolled back at the end of the test", null, false, false);
        }
    }

    /** Carries a throwable that is neither an exception nor an error through the transaction block. */
    private static final class OtherThrowable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OtherThrowable(Throwable cause) {
            super(cause);
        }
    }
}

package org.activerecord4j.testing;

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
 */
final class RolledBackTransaction {

    private RolledBackTransaction() {
    }

    static <T> void run(Database database, Invocation<T> test) throws Throwable {
        try {
            database.transaction((TransactionAction<Exception>) () -> {
                Transaction.markAsTestTransaction();
                Throwable failure = null;
                try {
                    proceed(test);
                } catch (Exception | Error e) {
                    failure = e;
                }
                failure = endTest(failure);
                if (failure instanceof Error error) {
                    throw error;
                }
                if (failure != null) {
                    throw (Exception) failure;
                }
                throw new RollBack();
            });
        } catch (RollBack expected) {
            // The test passed; its changes are gone.
        } catch (OtherThrowable wrapped) {
            throw wrapped.getCause();
        }
    }

    /**
     * Ends the test's transaction before it rolls back; an async transaction of the code under test still open in
     * it, or an async call of the test still pending (not waited for), fails the test, as its later statements
     * will fail.
     *
     * @param failure the test's failure, or null
     * @return the test's failure, or null
     */
    private static Throwable endTest(Throwable failure) {
        String stillOpen = Transaction.endTestTransaction();
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

    private static <T> void proceed(Invocation<T> test) throws Exception {
        try {
            test.proceed();
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

package org.activerecord4j.testing;

import org.activerecord4j.Database;
import org.activerecord4j.TransactionAction;
import org.junit.jupiter.api.extension.InvocationInterceptor.Invocation;

/**
 * Runs a test inside a transaction that is always rolled back: a test that passes, fails or throws
 * leaves no rows behind. Statements inside it, nested {@code transaction(...)} blocks included, use the
 * transaction's connection, and models go to the test's database on this thread.
 */
final class RolledBackTransaction {

    private RolledBackTransaction() {
    }

    static <T> void run(Database database, Invocation<T> test) throws Throwable {
        try {
            database.transaction((TransactionAction<Exception>) () -> {
                proceed(test);
                throw new RollBack();
            });
        } catch (RollBack expected) {
            // The test passed; its changes are gone.
        } catch (OtherThrowable wrapped) {
            throw wrapped.getCause();
        }
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

package org.activerecord4j.testing;

import java.lang.reflect.Method;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.activerecord4j.Database;
import org.activerecord4j.StatementCounter;
import org.activerecord4j.StatementEvent;
import org.junit.jupiter.api.extension.InvocationInterceptor.Invocation;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Refuses rows written by a method that JUnit runs outside the test's transaction: a {@code @BeforeEach} method
 * (before it opens), an {@code @AfterEach} method (after it rolled back) or a {@code @TestFactory} method (before
 * its dynamic tests' transactions open). Their rows would be committed and seen by every later test; failing says
 * so at once instead of letting tests depend on their order. The method runs in a transaction of its own, rolled back
 * when it wrote, so that the refused rows are gone too.
 */
final class SetupWrites {

    private static final Pattern WRITE = Pattern.compile("^\\s*(INSERT|UPDATE|DELETE|REPLACE|MERGE|TRUNCATE)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A method that runs outside the test's transaction: where it runs, and where its writes belong instead. */
    enum Phase {
        BEFORE_EACH("in @BeforeEach, before the test's transaction began", "in the test method (or a helper it calls), "
                + "where they are rolled back, or in @BeforeAll, where every test of the class shares them"),
        AFTER_EACH("in @AfterEach, after the test's transaction was rolled back", "in the test method (or a helper it "
                + "calls), where they are rolled back, or in @AfterAll"),
        TEST_FACTORY("in a @TestFactory method, before its dynamic tests' transactions began", "in the dynamic tests (or "
                + "a helper they call), where they are rolled back, or in @BeforeAll, where every test of the class "
                + "shares them");

        private final String when;
        private final String instead;

        Phase(String when, String instead) {
            this.when = when;
            this.instead = instead;
        }
    }

    private SetupWrites() {
    }

    /**
     * Runs {@code invocation} in a transaction of its own, committed when it wrote nothing and rolled back when it
     * wrote (then failing, naming the writes) or threw.
     */
    static <T> T refuse(Database database, Invocation<T> invocation, ReflectiveInvocationContext<Method> method, Phase phase)
            throws Throwable {
        return RolledBackTransaction.runUnlessItThrows(database, () -> {
            T result;
            List<String> writes;
            try (StatementCounter counter = StatementCounter.start(database)) {
                result = invocation.proceed();
                // A statement the database refused wrote nothing.
                writes = counter.statements().stream().filter(event -> !event.failed()).map(StatementEvent::sql)
                        .filter(sql -> WRITE.matcher(sql).find()).toList();
            }
            if (!writes.isEmpty()) {
                Method writer = method.getExecutable();
                throw new IllegalStateException(writer.getDeclaringClass().getSimpleName() + "." + writer.getName()
                        + "() wrote to the test database " + phase.when + ", so its rows would outlive the test:"
                        + writes.stream().map(sql -> "\n  " + sql).collect(Collectors.joining()) + "\nWrite them "
                        + phase.instead + ". Its statements were rolled back.");
            }
            return result;
        });
    }
}

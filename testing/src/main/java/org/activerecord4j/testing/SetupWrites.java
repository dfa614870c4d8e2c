package org.activerecord4j.testing;

import java.lang.reflect.Method;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.activerecord4j.Database;
import org.activerecord4j.StatementCounter;
import org.junit.jupiter.api.extension.InvocationInterceptor.Invocation;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Refuses rows written by a {@code @BeforeEach} method. JUnit runs it before the test's transaction
 * opens, so its rows would be committed and seen by every later test; failing says so at once instead
 * of letting tests depend on their order.
 */
final class SetupWrites {

    private static final Pattern WRITE = Pattern.compile("^\\s*(INSERT|UPDATE|DELETE|REPLACE|MERGE|TRUNCATE)\\b",
            Pattern.CASE_INSENSITIVE);

    private SetupWrites() {
    }

    static void refuse(Database database, Invocation<Void> setUp, ReflectiveInvocationContext<Method> method) throws Throwable {
        List<String> writes;
        try (StatementCounter counter = StatementCounter.start(database)) {
            setUp.proceed();
            writes = counter.sql().stream().filter(sql -> WRITE.matcher(sql).find()).toList();
        }
        if (!writes.isEmpty()) {
            Method setUpMethod = method.getExecutable();
            throw new IllegalStateException(setUpMethod.getDeclaringClass().getSimpleName() + "." + setUpMethod.getName()
                    + "() wrote to the test database in @BeforeEach, before the test's transaction began, so its rows "
                    + "would outlive the test:" + writes.stream().map(sql -> "\n  " + sql).collect(Collectors.joining())
                    + "\nWrite them in the test method (or a helper it calls), where they are rolled back, or in "
                    + "@BeforeAll, where every test of the class shares them.");
        }
    }
}

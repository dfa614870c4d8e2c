package org.activerecord4j.testing;

import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * Supplies the invocations of a {@link ServerDatabaseTest}: those {@link EachDatabaseExtension} supplies,
 * with the same skipping, default database and parameter, less SQLite's. A run that selects no server
 * database ({@code AR4J_DATABASES=sqlite}) skips the test, saying so, instead of offering it no invocation.
 */
public final class ServerDatabasesExtension implements TestTemplateInvocationContextProvider, ExecutionCondition {

    private static final String SQLITE_NAME = "[" + TestDatabases.Kind.SQLITE.label() + "]";

    private final EachDatabaseExtension everyDatabase = new EachDatabaseExtension();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        boolean anyServer = TestDatabases.selected().stream().anyMatch(kind -> kind != TestDatabases.Kind.SQLITE);
        return anyServer
                ? ConditionEvaluationResult.enabled("a server database is selected")
                : ConditionEvaluationResult.disabled("no server database is selected (AR4J_DATABASES="
                        + TestDatabases.selected().stream().map(TestDatabases.Kind::label).toList() + ")");
    }

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return everyDatabase.provideTestTemplateInvocationContexts(context)
                .filter(invocation -> !invocation.getDisplayName(1).equals(SQLITE_NAME));
    }
}

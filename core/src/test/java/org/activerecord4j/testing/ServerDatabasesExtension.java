package org.activerecord4j.testing;

import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * Supplies the invocations of a {@link ServerDatabaseTest}: those {@link EachDatabaseExtension} supplies,
 * with the same skipping, default database and parameter, less SQLite's.
 */
public final class ServerDatabasesExtension implements TestTemplateInvocationContextProvider {

    private static final String SQLITE_NAME = "[" + TestDatabases.Kind.SQLITE.label() + "]";

    private final EachDatabaseExtension everyDatabase = new EachDatabaseExtension();

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

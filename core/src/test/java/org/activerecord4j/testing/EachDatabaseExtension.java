package org.activerecord4j.testing;

import java.util.List;
import java.util.stream.Stream;
import org.activerecord4j.Database;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * Supplies one invocation of a {@link DatabaseTest} per selected database. An unreachable server
 * database is skipped locally and fails the test on CI.
 */
public final class EachDatabaseExtension implements TestTemplateInvocationContextProvider {

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return TestDatabases.selected().stream().map(OnDatabase::new);
    }

    /** One run of a test on one database. */
    private record OnDatabase(TestDatabases.Kind kind) implements TestTemplateInvocationContext {

        @Override
        public String getDisplayName(int invocationIndex) {
            return "[" + kind.label() + "]";
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new Reachability(kind), new DefaultDatabase(kind), new DatabaseParameter(kind));
        }
    }

    /** Skips an unreachable server locally; on CI lets the test run and fail. */
    private record Reachability(TestDatabases.Kind kind) implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String reason = TestDatabases.unreachable(kind);
            if (reason == null || TestDatabases.allRequired()) {
                return ConditionEvaluationResult.enabled(kind.label() + " selected");
            }
            return ConditionEvaluationResult.disabled(reason + " (set CI=true or AR4J_REQUIRE_ALL_DBS=1 to fail instead)");
        }
    }

    /** Makes the test's database the default while it runs. */
    private record DefaultDatabase(TestDatabases.Kind kind) implements BeforeEachCallback, AfterEachCallback {
        @Override
        public void beforeEach(ExtensionContext context) {
            String reason = TestDatabases.unreachable(kind);
            if (reason != null) {
                throw new IllegalStateException(TestDatabases.mustRun(reason));
            }
            Database.setDefault(TestDatabases.get(kind));
        }

        @Override
        public void afterEach(ExtensionContext context) {
            Database.setDefault(null);
        }
    }

    /** Resolves a {@link Database} parameter to the test's database, and a {@link TestDatabases.Kind} to its kind. */
    private record DatabaseParameter(TestDatabases.Kind kind) implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            Class<?> type = parameter.getParameter().getType();
            return type == Database.class || type == TestDatabases.Kind.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == TestDatabases.Kind.class ? kind : TestDatabases.get(kind);
        }
    }
}

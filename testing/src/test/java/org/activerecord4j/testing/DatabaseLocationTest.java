package org.activerecord4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseLocationTest {

    private static final Map<String, String> NO_PARAMETERS = Map.of();
    private static final Map<String, String> ENVIRONMENT = Map.of(
            "AR4J_TEST_DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/app_test",
            "AR4J_TEST_DATABASE_USER", "app",
            "AR4J_TEST_DATABASE_PASSWORD", "secret");

    @Test
    void nothingConfigured_givesATemporarySqliteFile() {
        assertThat(resolve(null, NO_PARAMETERS, Map.of())).isSameAs(DatabaseLocation.TEMPORARY_SQLITE);
    }

    @Test
    void environmentVariables_nameTheDatabase() {
        assertThat(resolve(null, NO_PARAMETERS, ENVIRONMENT)).isEqualTo(new DatabaseLocation(
                "jdbc:postgresql://127.0.0.1:5432/app_test", "app", "secret", "the environment variable AR4J_TEST_DATABASE_URL"));
    }

    @Test
    void configurationParameters_winOverTheEnvironment() {
        Map<String, String> parameters = Map.of("activerecord4j.test.url", "jdbc:sqlite::memory:");

        assertThat(resolve(null, parameters, ENVIRONMENT)).isEqualTo(new DatabaseLocation(
                "jdbc:sqlite::memory:", null, null, "the configuration parameter activerecord4j.test.url"));
    }

    @Test
    void theExtensionsOwnUrl_winsOverEverything() {
        DatabaseLocation own = new DatabaseLocation("jdbc:sqlite:own.db", null, null, "TestDatabase.url(...)");

        assertThat(resolve(own, Map.of("activerecord4j.test.url", "jdbc:sqlite::memory:"), ENVIRONMENT)).isSameAs(own);
    }

    @Test
    void aUrlThatIsNotJdbc_isRejected_namingWhereItCameFrom() {
        assertThatThrownBy(() -> resolve(null, NO_PARAMETERS, Map.of("AR4J_TEST_DATABASE_URL", "postgres://localhost/app")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The test database URL must be a JDBC URL such as jdbc:sqlite:build/test.db or "
                        + "jdbc:postgresql://127.0.0.1:5432/app_test, but the environment variable AR4J_TEST_DATABASE_URL is "
                        + "'postgres://localhost/app'");
    }

    @Test
    void aDatabaseThatCannotOpen_failsNamingTheUrlAndWhereItCameFrom() {
        DatabaseLocation location = new DatabaseLocation("jdbc:sqlite:/no/such/directory/test.db", null, null,
                "the environment variable AR4J_TEST_DATABASE_URL");

        assertThatThrownBy(location::open).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Cannot open the test database jdbc:sqlite:/no/such/directory/test.db "
                        + "(from the environment variable AR4J_TEST_DATABASE_URL): ");
    }

    private static DatabaseLocation resolve(DatabaseLocation own, Map<String, String> parameters, Map<String, String> environment) {
        return DatabaseLocation.resolve(own, key -> Optional.ofNullable(parameters.get(key)), environment::get);
    }
}

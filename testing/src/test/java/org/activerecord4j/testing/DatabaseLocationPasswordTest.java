package org.activerecord4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;

/** Messages about the test database never show a password its URL holds. */
class DatabaseLocationPasswordTest {

    /** Regression test: the message began with the URL as configured, password and all (core's part masks it). */
    @Test
    void unreachableServerUrl_failsWithoutShowingThePasswordItHolds() {
        DatabaseLocation location = new DatabaseLocation("jdbc:postgresql://127.0.0.1:1/app_test?user=app&password=hunter2",
                null, null, "the environment variable AR4J_TEST_DATABASE_URL");

        Throwable failure = catchThrowable(location::open);

        assertThat(failure).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Cannot open the test database jdbc:postgresql://127.0.0.1:1/app_test?user=app&password=*** "
                        + "(from the environment variable AR4J_TEST_DATABASE_URL): ");
        assertThat(failure.getMessage()).doesNotContain("hunter2");
    }
}

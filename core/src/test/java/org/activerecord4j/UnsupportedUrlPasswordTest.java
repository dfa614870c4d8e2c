package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;

/** A URL no dialect takes is refused without showing a password it holds. */
class UnsupportedUrlPasswordTest {

    /** Regression test: the refusal quoted the URL as given, password and all. */
    @Test
    void unsupportedUrl_holdingAPassword_isRefusedWithoutShowingIt() {
        Throwable failure = catchThrowable(() -> Database.builder("jdbc:sqlserver://db:1433;user=app;password=hunter2"));

        assertThat(failure).isInstanceOf(InvalidArgumentException.class).hasMessage("Unsupported JDBC URL "
                + "'jdbc:sqlserver://db:1433;user=app;password=***'; supported: jdbc:sqlite:, jdbc:postgresql:, jdbc:mariadb:, "
                + "jdbc:mysql:");
    }
}

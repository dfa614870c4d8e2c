package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.activerecord4j.testing.JdbcUrls;
import org.activerecord4j.testing.Server;
import org.activerecord4j.testing.ServerDatabaseTest;
import org.activerecord4j.testing.TestPools;

/**
 * A user or password given both in the URL ({@code ?user=…}) and to the builder. Regression: the drivers read the URL's
 * over the builder's, so {@code .user("reporting")} was dropped without a word and the pool connected as the URL's user.
 * Servers only: SQLite has no users.
 */
class UrlAndBuilderCredentialsTest {

    @ServerDatabaseTest
    void userInTheUrlAndAnotherInTheBuilder_isRefused_namingBoth(Database shared) {
        Server server = TestPools.kindOf(shared).server();
        String url = JdbcUrls.withParameter(shared.url(), "user=" + server.user());

        Throwable failure = catchThrowable(() -> Database.builder(url).user("reporting").password(server.password()).build()
                .close());

        assertThat(failure).isInstanceOf(InvalidArgumentException.class)
                .hasMessage("Database.builder(url).user(\"reporting\") names another user than the URL's user=" + server.user()
                        + ", which the driver would use instead: give the user in one place (" + url + ")");
    }

    @ServerDatabaseTest
    void passwordInTheUrlAndAnotherInTheBuilder_isRefused_showingNeither(Database shared) {
        Server server = TestPools.kindOf(shared).server();
        String url = JdbcUrls.withParameter(shared.url(), "password=hunter2");

        Throwable failure = catchThrowable(() -> Database.builder(url).user(server.user()).password("secret2").build().close());

        assertThat(failure).isInstanceOf(InvalidArgumentException.class)
                .hasMessage("Database.builder(url).password(...) differs from the URL's password=, which the driver would use "
                        + "instead: give the password in one place (" + url.replace("hunter2", "***") + ")");
    }

    @ServerDatabaseTest
    void sameUserInTheUrlAndTheBuilder_connects(Database shared) {
        Server server = TestPools.kindOf(shared).server();
        String url = JdbcUrls.withParameter(shared.url(), "user=" + server.user());

        try (Database database = Database.builder(url).user(server.user()).password(server.password()).build()) {
            assertThat(database.execute("CREATE TABLE IF NOT EXISTS credentials_check (id INTEGER)")).isZero();
            database.execute("DROP TABLE credentials_check");
        }
    }
}

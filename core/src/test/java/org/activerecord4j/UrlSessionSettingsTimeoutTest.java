package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.activerecord4j.testing.ServerDatabaseTest;
import org.activerecord4j.testing.TestDatabases;
import org.activerecord4j.testing.TestPools;

/**
 * The statement and lock timeouts reach the server whatever session settings the URL carries too. Servers only:
 * the URL parameters at fault are PostgreSQL's and MariaDB's.
 */
class UrlSessionSettingsTimeoutTest {

    /**
     * Regression test: the statement and lock timeouts went to the server in the driver property that a URL
     * parameter of the same name overrides (PostgreSQL {@code options}, MariaDB {@code sessionVariables}), so a URL
     * that set anything else through it silently lifted both limits.
     */
    @ServerDatabaseTest
    void urlWithItsOwnSessionSettings_stillGetsTheStatementAndLockTimeouts(Database shared) throws Exception {
        TestDatabases.Kind kind = TestPools.kindOf(shared);
        boolean postgresql = shared.dialectName().equals("postgresql");
        String url = shared.url() + (shared.url().contains("?") ? "&" : "?")
                + (postgresql ? "options=-c%20work_mem%3D8MB" : "sessionVariables=wait_timeout=600");
        try (Database database = Database.builder(url).user(kind.server().user()).password(kind.server().password())
                .statementTimeout(Duration.ofSeconds(7)).lockTimeout(Duration.ofSeconds(3)).build();
                Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet settings = statement.executeQuery(postgresql
                        ? "SELECT current_setting('statement_timeout'), current_setting('lock_timeout'), current_setting('work_mem')"
                        : "SELECT @@max_statement_time, @@innodb_lock_wait_timeout, @@wait_timeout")) {
            settings.next();
            if (postgresql) {
                assertThat(List.of(settings.getString(1), settings.getString(2), settings.getString(3)))
                        .containsExactly("7s", "3s", "8MB");
            } else {
                assertThat(List.of(settings.getDouble(1), settings.getDouble(2), settings.getDouble(3)))
                        .containsExactly(7.0, 3.0, 600.0);
            }
        }
    }
}

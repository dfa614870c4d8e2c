package org.activerecord4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.activerecord4j.Database;
import org.junit.jupiter.api.Test;

class RunDatabasesTest {

    private static final Instant START = Instant.parse("2026-01-02T03:04:05Z");

    @Test
    void twoRunsStartingAtOnce_getDifferentNames() {
        assertThat(RunDatabaseName.startingAt(START).name()).isNotEqualTo(RunDatabaseName.startingAt(START).name())
                .startsWith("ar4j_test_" + START.getEpochSecond() + "_");
    }

    @Test
    void parse_readsBackTheCreationTimeOfAName() {
        RunDatabaseName name = RunDatabaseName.startingAt(START);

        assertThat(RunDatabaseName.parse(name.name())).contains(name);
    }

    @Test
    void parse_ignoresDatabasesOtherProgramsNamed() {
        assertThat(RunDatabaseName.parse("test")).isEmpty();
        assertThat(RunDatabaseName.parse("ar4j_test_orders")).isEmpty();
        assertThat(RunDatabaseName.parse("ar4j_test_1_a; DROP DATABASE postgres")).isEmpty();
        assertThat(RunDatabaseName.parse("ar4j_test_99999999999999999999_a")).isEmpty();
    }

    @Test
    void aRunsDatabase_isStaleOnlyAfterADay() {
        RunDatabaseName name = RunDatabaseName.startingAt(START);

        assertThat(name.isStaleAt(START.plus(Duration.ofHours(23)))).isFalse();
        assertThat(name.isStaleAt(START.plus(Duration.ofHours(25)))).isTrue();
    }

    @Test
    void withDatabase_replacesTheDatabase_andKeepsHostAndParameters() {
        assertThat(JdbcUrls.withDatabase("jdbc:postgresql://db.example:5433/postgres?ssl=false", "run"))
                .isEqualTo("jdbc:postgresql://db.example:5433/run?ssl=false");
        assertThat(JdbcUrls.withDatabase("jdbc:mariadb://127.0.0.1:3306/", "run")).isEqualTo("jdbc:mariadb://127.0.0.1:3306/run");
        assertThat(JdbcUrls.withDatabase("jdbc:mariadb://127.0.0.1:3306", "run")).isEqualTo("jdbc:mariadb://127.0.0.1:3306/run");
        assertThat(JdbcUrls.withDatabase("jdbc:mariadb://localhost?connectTimeout=5000", "run"))
                .isEqualTo("jdbc:mariadb://localhost/run?connectTimeout=5000");
        assertThat(JdbcUrls.withParameter("jdbc:mariadb://h/run", "useServerPrepStmts=true"))
                .isEqualTo("jdbc:mariadb://h/run?useServerPrepStmts=true");
        assertThat(JdbcUrls.withParameter("jdbc:mariadb://h/run?a=b", "c=d")).isEqualTo("jdbc:mariadb://h/run?a=b&c=d");
    }

    @Test
    void withDatabase_rejectsAUrlWithoutHost() {
        assertThatThrownBy(() -> JdbcUrls.withDatabase("jdbc:sqlite:app.db", "run"))
                .hasMessage("JDBC URL 'jdbc:sqlite:app.db' has no //host part; expected e.g. jdbc:postgresql://127.0.0.1:5432/postgres");
    }

    @DatabaseTest
    void serverTests_runOnTheDatabaseThisRunCreated(Database database) throws SQLException {
        String current = switch (database.dialectName()) {
            case "postgresql" -> "SELECT current_database()";
            case "mariadb" -> "SELECT DATABASE()";
            default -> null;
        };
        if (current == null) {
            return;   // SQLite runs on a temporary file of its own
        }
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(current)) {
            row.next();
            assertThat(row.getString(1)).isEqualTo(RunDatabases.name());
        }
    }
}

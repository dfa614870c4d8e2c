package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.activerecord4j.testing.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * With values redacted (the default), a value the driver or server quotes back in its own message never reaches
 * a {@link StatementFailedException}'s message or any cause's, whatever characters it holds and whatever the shape
 * of the message that quotes it: PostgreSQL's {@code invalid input syntax for type uuid: "…"}, {@code value "…" is
 * out of range}, {@code time zone "…" not recognized}; MariaDB's {@code Duplicate entry '…' for key} and
 * {@code Incorrect integer value: '…'}, which quote the value as it is, quotes and backslashes unescaped.
 */
class RedactedDriverMessagesTest {

    @BeforeEach
    void table(Database database) {
        database.execute("DROP TABLE IF EXISTS redacted_secrets");
        database.execute("CREATE TABLE redacted_secrets (code VARCHAR(60) UNIQUE, n INTEGER, t VARCHAR(200))");
        database.execute("INSERT INTO redacted_secrets (code, n) VALUES ('row', 0)");
    }

    @AfterEach
    void drop(Database database) {
        database.execute("DROP TABLE IF EXISTS redacted_secrets");
    }

    @DatabaseTest
    void duplicateValues_withQuotesAndBackslashes_areKeptOutOfTheMessage(Database database) {
        for (String secret : new String[] {"o'Hidden-1", "Hidden-2\\", "Hidden-3' for key 'code", "Hidden-4\\' x", "it''s Hidden-5"}) {
            database.execute("INSERT INTO redacted_secrets (code) VALUES (?)", secret);

            StatementFailedException duplicate = catchThrowableOfType(StatementFailedException.class,
                    () -> database.execute("INSERT INTO redacted_secrets (code) VALUES (?)", secret));

            assertHidden(duplicate, "Hidden-");
            if (database.dialectName().equals("mariadb")) {
                assertThat(duplicate.getMessage()).contains("Duplicate entry '?' for key 'code'");
            }
        }
    }

    @DatabaseTest
    void valuesTheServerCannotConvert_areKeptOutOfTheMessage(Database database) {
        switch (database.dialectName()) {
            case "postgresql" -> {
                assertHidden(fails(database, "INSERT INTO redacted_secrets (n) VALUES (CAST(? AS INTEGER))", "Hidden-int"),
                        "Hidden-", "invalid input syntax for type integer");
                assertHidden(fails(database, "INSERT INTO redacted_secrets (t) VALUES (CAST(CAST(? AS uuid) AS TEXT))",
                        "Hidden \"uuid\""), "Hidden", "invalid input syntax for type uuid");
                assertHidden(fails(database, "INSERT INTO redacted_secrets (t) VALUES (CAST(CAST(? AS timestamp) AS TEXT))",
                        "Hidden-ts"), "Hidden-", "invalid input syntax for type timestamp");
                assertHidden(fails(database, "INSERT INTO redacted_secrets (n) VALUES (CAST(? AS INTEGER))", "98765432109"),
                        "98765432109", "is out of range for type integer");
                assertHidden(fails(database, "INSERT INTO redacted_secrets (t) VALUES (CAST(CAST(? AS float8) AS TEXT))",
                        "9e999"), "9e999", "is out of range for type double precision");
                assertHidden(fails(database, "INSERT INTO redacted_secrets (t) VALUES (CAST(now() AT TIME ZONE ? AS TEXT))",
                        "Hidden/Zone"), "Hidden", "not recognized");
                assertHidden(fails(database, "INSERT INTO redacted_secrets (t) VALUES (CAST(CAST(? AS int[]) AS TEXT))",
                        "{Hidden-array"), "Hidden-", "malformed array literal");
                assertHidden(fails(database, "INSERT INTO redacted_secrets (t) VALUES (CAST(to_date(?, 'YYYY') AS TEXT))",
                        "Hidden-year"), "Hidden-", "invalid value");
            }
            case "mariadb" -> {
                assertHidden(fails(database, "INSERT INTO redacted_secrets (n) VALUES (?)", "Hidden' for column 'Hidden-tail"),
                        "Hidden", "Incorrect integer value: '?' for column");
                assertHidden(fails(database, "UPDATE redacted_secrets SET n = n + ? WHERE n IS NULL OR n = 0", "o'Hidden\\"),
                        "Hidden", "Truncated incorrect DOUBLE value: '?'");
            }
            default -> {
                // SQLite's messages name columns and constraints, never a bound value.
            }
        }
    }

    private static StatementFailedException fails(Database database, String sql, Object value) {
        StatementFailedException failure = catchThrowableOfType(StatementFailedException.class, () -> database.execute(sql, value));
        assertThat(failure).as(sql).isNotNull();
        return failure;
    }

    private static void assertHidden(StatementFailedException failure, String secret, String... stillSaid) {
        assertThat(failure).isNotNull();
        for (String said : stillSaid) {
            assertThat(failure.getMessage()).contains(said);
        }
        for (Throwable link = failure; link != null; link = link.getCause()) {
            assertThat(String.valueOf(link.getMessage())).doesNotContain(secret);
            assertThat(link.toString()).doesNotContain(secret);
            if (link instanceof java.sql.SQLException sql) {
                for (java.sql.SQLException next = sql.getNextException(); next != null; next = next.getNextException()) {
                    assertThat(String.valueOf(next.getMessage())).doesNotContain(secret);
                }
            }
        }
    }
}

package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of in-memory SQLite URL gives one database, not one per pooled connection. */
class InMemorySqliteUrlTest {

    /**
     * Regression test: only a URL containing {@code :memory:} was kept to one connection, yet {@code jdbc:sqlite:}
     * (no file) and {@code mode=memory} URLs are in-memory too, so each of the pool's connections was a database
     * of its own: a table created on one connection was missing on the next.
     */
    @ParameterizedTest
    @ValueSource(strings = {"jdbc:sqlite:", "jdbc:sqlite:file:review_memory?mode=memory"})
    void inMemorySqliteUrl_aSecondConnectionSeesTheSameDatabase_orIsNotHandedOut(String url) throws Exception {
        try (Database database = Database.builder(url).acquireTimeout(Duration.ofMillis(300)).build();
                Connection first = database.dataSource().getConnection();
                Statement create = first.createStatement()) {
            create.execute("CREATE TABLE review_notes (body TEXT)");

            Throwable failure = catchThrowable(() -> {
                try (Connection second = database.dataSource().getConnection();
                        Statement read = second.createStatement();
                        ResultSet rows = read.executeQuery("SELECT COUNT(*) FROM review_notes")) {
                    rows.next();
                }
            });

            if (failure != null) {
                assertThat(failure).as("the only connection is in use").isInstanceOf(SQLTransientConnectionException.class);
            }
        }
    }
}

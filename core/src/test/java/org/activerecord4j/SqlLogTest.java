package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.time.Duration;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.CapturedLog;
import org.junit.jupiter.api.Test;

/**
 * Every statement goes to the SLF4J logger {@code org.activerecord4j.sql}: at DEBUG with its duration and
 * row count, its bound values at TRACE only when the database does not redact them, and at WARN when it is
 * slower than the database's threshold.
 */
class SqlLogTest {

    private static final String LOGGER = "org.activerecord4j.sql";

    @Test
    void debug_logsEachStatementWithDurationAndRows_withoutValues() {
        try (Database database = Database.sqlite(":memory:"); CapturedLog log = CapturedLog.of(LOGGER, Level.DEBUG)) {
            database.createTables(User.class);
            database.use(() -> User.query().where(User.c.name.eq("secret name")).all());

            assertThat(log.messages()).anySatisfy(line -> assertThat(line)
                    .matches("SELECT `id`, `name`, `email`, `age` FROM `users` WHERE `name` = \\? \\([0-9.]+ ms, 0 rows\\)"));
            assertThat(log.messages()).noneMatch(line -> line.contains("secret name"));
        }
    }

    @Test
    void trace_logsValues_onlyWhenTheDatabaseDoesNotRedactThem() {
        try (Database redacted = Database.sqlite(":memory:");
                Database shown = Database.builder("jdbc:sqlite::memory:").redactParameters(false).build();
                CapturedLog log = CapturedLog.of(LOGGER, Level.TRACE)) {
            redacted.createTables(User.class);
            shown.createTables(User.class);

            redacted.use(() -> User.query().where(User.c.name.eq("hidden")).all());
            shown.use(() -> User.query().where(User.c.name.eq("visible")).all());

            assertThat(log.messages()).contains("  parameters: [visible]").noneMatch(line -> line.contains("hidden"));
        }
    }

    @Test
    void slowStatements_areLoggedAtWarn() {
        try (Database database = Database.builder("jdbc:sqlite::memory:").slowStatementThreshold(Duration.ofNanos(1)).build();
                CapturedLog log = CapturedLog.of(LOGGER, Level.WARN)) {
            database.createTables(User.class);

            database.use(() -> User.query().count());

            assertThat(log.messages()).anySatisfy(line -> assertThat(line)
                    .matches("Slow statement \\([0-9]+ ms, 1 rows\\): SELECT COUNT\\(\\*\\) FROM `users`"));
        }
    }
}

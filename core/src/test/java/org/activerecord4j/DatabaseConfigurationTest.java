package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.activerecord4j.models.Post;
import org.activerecord4j.models.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Database set-up and routing, on SQLite files of their own (they need no server). */
class DatabaseConfigurationTest {

    @Test
    void use_andBind_routeModelsToAnotherDatabase(@TempDir Path directory) {
        try (Database main = Database.sqlite(directory.resolve("main.db"));
                Database archive = Database.sqlite(directory.resolve("archive.db"))) {
            main.createTables(User.class);
            archive.createTables(User.class);
            Database.setDefault(main);
            try {
                new User("in main", 1).save();
                archive.use(() -> new User("in archive", 2).save());

                assertThat(User.query().count()).isEqualTo(1);
                assertThat(archive.use(() -> User.query().one().name)).isEqualTo("in archive");

                archive.bind(User.class);
                assertThat(User.query().one().name).isEqualTo("in archive");
                Database.unbind(User.class);
                assertThat(User.query().one().name).isEqualTo("in main");
            } finally {
                Database.setDefault(null);
            }
        }
    }

    @Test
    void noDefaultDatabase_failsWithTheFix() {
        Database.setDefault(null);
        assertThatThrownBy(() -> User.query().all()).isInstanceOf(ActiveRecordException.class)
                .hasMessage("No database: call Database.setDefault(Database.sqlite(\"app.db\")) or run the code inside database.use(...)");
    }

    @Test
    void unsupportedUrl_failsListingTheSupportedOnes() {
        assertThatThrownBy(() -> Database.connect("jdbc:oracle:thin:@x", "u", "p")).isInstanceOf(InvalidArgumentException.class)
                .hasMessage("Unsupported JDBC URL 'jdbc:oracle:thin:@x'; supported: jdbc:sqlite:, jdbc:postgresql:, jdbc:mariadb:, jdbc:mysql:");
    }

    @Test
    void sqliteConnections_enforceForeignKeys(@TempDir Path directory) throws Exception {
        try (Database database = Database.sqlite(directory.resolve("fk.db"));
                Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet pragma = statement.executeQuery("PRAGMA foreign_keys")) {
            assertThat(pragma.next()).isTrue();
            assertThat(pragma.getInt(1)).isEqualTo(1);
            database.execute("CREATE TABLE parents (id INTEGER PRIMARY KEY)");
            database.execute("CREATE TABLE children (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parents (id))");
            assertThatThrownBy(() -> database.execute("INSERT INTO children (parent_id) VALUES (?)", 42))
                    .isInstanceOf(StatementFailedException.class).hasMessageContaining("FOREIGN KEY");
        }
    }

    /**
     * Regression test (SQLite only: the pragma is SQLite's): a journal_mode written in the URL, say DELETE for a file on a
     * network share where WAL does not work, was replaced by WAL without a word, while the URL's other settings were kept.
     */
    @Test
    void sqliteUrl_withItsOwnJournalMode_keepsIt(@TempDir Path directory) throws Exception {
        try (Database database = Database.builder("jdbc:sqlite:" + directory.resolve("journal.db") + "?journal_mode=DELETE").build();
                Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet pragma = statement.executeQuery("PRAGMA journal_mode")) {
            assertThat(pragma.next()).isTrue();
            assertThat(pragma.getString(1)).isEqualTo("delete");
        }
    }

    /**
     * Regression test: a positive timeout under one millisecond was accepted and reached the drivers and servers as 0,
     * which they read as no limit (a lock wait of 500 microseconds became one without end).
     */
    @Test
    void builder_timeoutUnderOneMillisecond_isRefused_notTakenAsNoLimit() {
        Database.Builder builder = Database.builder("jdbc:sqlite::memory:");
        Duration tiny = Duration.ofNanos(500_000);
        for (String setting : List.of("connectTimeout", "socketTimeout", "statementTimeout", "lockTimeout")) {
            Throwable failure = catchThrowable(() -> {
                switch (setting) {
                    case "connectTimeout" -> builder.connectTimeout(tiny);
                    case "socketTimeout" -> builder.socketTimeout(tiny);
                    case "statementTimeout" -> builder.statementTimeout(tiny);
                    default -> builder.lockTimeout(tiny);
                }
            });
            assertThat(failure).as(setting).isInstanceOf(InvalidArgumentException.class)
                    .hasMessage(setting + " must be zero (no limit) or at least 1 ms but was PT0.0005S; the drivers count "
                            + "whole milliseconds and would take it for no limit");
        }
    }

    /**
     * Regression test: an acquireTimeout under 250 ms was accepted and silently raised to 250 ms, HikariCP's shortest
     * wait for a pooled connection, so a caller that asked for 100 ms waited 250.
     */
    @Test
    void builder_acquireTimeoutUnder250Milliseconds_isRefused_notSilentlyRaised() {
        Throwable failure = catchThrowable(() -> Database.builder("jdbc:sqlite::memory:").acquireTimeout(Duration.ofMillis(100)));

        assertThat(failure).isInstanceOf(InvalidArgumentException.class)
                .hasMessage("acquireTimeout must be at least 250 ms (the connection pool's shortest wait) but was PT0.1S");
        try (Database shortest = Database.builder("jdbc:sqlite::memory:").acquireTimeout(Duration.ofMillis(250)).build()) {
            assertThat(((com.zaxxer.hikari.HikariDataSource) shortest.dataSource()).getConnectionTimeout()).isEqualTo(250);
        }
    }

    /**
     * Regression test: Database.getDefault() returned the default database after it was closed, which failed only at
     * its first statement.
     */
    @Test
    void getDefault_afterTheDefaultWasClosed_failsSayingSo_andAClosedDatabaseCannotBecomeTheDefault(@TempDir Path directory) {
        Database database = Database.sqlite(directory.resolve("default.db"));
        Database.setDefault(database);
        try {
            database.close();

            assertThat(catchThrowable(Database::getDefault)).isExactlyInstanceOf(ActiveRecordException.class)
                    .hasMessage("The default database sqlite " + database.url() + " was closed; make another one the "
                            + "default with Database.setDefault(...), or clear it with Database.setDefault(null)");
            assertThat(catchThrowable(() -> Database.setDefault(database))).isInstanceOf(InvalidArgumentException.class)
                    .hasMessage("Database.setDefault(database) was given sqlite " + database.url() + ", which was closed; "
                            + "give an open database, or null to clear the default");
        } finally {
            Database.setDefault(null);
        }
    }

    @Test
    void defaultDatabase_hidesValuesInMessages() {
        try (Database redacted = Database.builder("jdbc:sqlite::memory:").build()) {
            StatementFailedException failure = catchThrowableOfType(StatementFailedException.class,
                    () -> redacted.execute("INSERT INTO missing_table (a) VALUES (?)", "secret"));

            assertThat(failure.getMessage()).endsWith("Parameters: [?]").doesNotContain("secret");
            assertThat(failure.parameters()).containsExactly("?");
        }
    }

    @Test
    void unredactedDatabase_showsValuesInMessages() {
        try (Database shown = Database.builder("jdbc:sqlite::memory:").redactParameters(false).build()) {
            StatementFailedException failure = catchThrowableOfType(StatementFailedException.class,
                    () -> shown.execute("INSERT INTO missing_table (a, b) VALUES (?, ?)", "x", 7));

            assertThat(failure.getMessage()).endsWith("\n  SQL: INSERT INTO missing_table (a, b) VALUES (?, ?)\n  Parameters: [x, 7]");
            assertThat(failure.parameters()).containsExactly("x", 7);
        }
    }

    @Test
    void builder_strictLoading_turnsItOnForTheDatabase() {
        try (Database strictDb = Database.builder("jdbc:sqlite::memory:").strictLoading(true).build()) {
            assertThat(strictDb.isStrictLoading()).isTrue();
        }
    }

    @Test
    void inMemorySqlite_streamWithEagerLoading_runsTheBatchQueriesOnItsOnlyConnection() {
        try (Database memory = Database.sqlite(":memory:")) {
            memory.createTables(User.class, Post.class);
            List<String> titles = memory.use(() -> {
                User ann = new User("Ann", 31);
                ann.save();
                Post post = new Post("Hello");
                post.userId = ann.id;
                post.save();
                try (Stream<User> users = User.query().with("posts").stream()) {
                    return users.map(user -> user.posts().get(0).title).toList();
                }
            });
            assertThat(titles).containsExactly("Hello");
        }
    }

    @Test
    void sqliteWithANullPath_failsNamingTheFix() {
        assertThat(catchThrowable(() -> Database.sqlite((String) null))).isInstanceOf(InvalidArgumentException.class)
                .hasMessage("Database.sqlite(path) needs a file, e.g. \"app.db\", or \":memory:\" for a private in-memory "
                        + "database, but was null");
    }

    @Test
    void connectingToNoServer_failsNamingTheUrl_neverThePassword() {
        // The password in the URL or in the builder: both at once, unless the same, is refused (UrlAndBuilderCredentialsTest).
        Throwable failure = catchThrowable(() -> Database.connect("jdbc:postgresql://127.0.0.1:1/nothing?password=hunter2",
                "someone", null));
        Throwable builderPassword = catchThrowable(() -> Database.connect("jdbc:postgresql://127.0.0.1:1/nothing", "someone",
                "secret"));

        assertThat(failure).isInstanceOf(ActiveRecordException.class)
                .hasMessageStartingWith("Cannot open a connection to jdbc:postgresql://127.0.0.1:1/nothing?password=***: ");
        assertThat(failure.getMessage()).doesNotContain("hunter2");
        assertThat(builderPassword).isInstanceOf(ActiveRecordException.class)
                .hasMessageStartingWith("Cannot open a connection to jdbc:postgresql://127.0.0.1:1/nothing: ");
        assertThat(builderPassword.getMessage()).doesNotContain("secret");
    }

    /**
     * Regression: neither pgJDBC nor MariaDB Connector/J reads a password written before the host
     * ({@code //user:password@host}); they took the rest for the host or port, so the failure said
     * "Incorrect port value : hunter2@127.0.0.1" (or an UnknownHostException naming it) after the masked URL,
     * in the message, its causes and HikariCP's log.
     */
    @Test
    void passwordBeforeTheHost_isRefused_neverShown() {
        for (String url : List.of("jdbc:postgresql://someone:hunter2@127.0.0.1:1/nothing",
                "jdbc:mariadb://someone:hunter2@127.0.0.1:1/nothing", "jdbc:mysql://someone:hunter2@127.0.0.1:1/nothing")) {
            try (org.activerecord4j.testing.CapturedLog log = org.activerecord4j.testing.CapturedLog.of("com.zaxxer.hikari",
                    ch.qos.logback.classic.Level.DEBUG)) {
                Throwable failure = catchThrowable(() -> Database.builder(url)
                        .connectTimeout(java.time.Duration.ofSeconds(1)).acquireTimeout(java.time.Duration.ofSeconds(1)).build());

                assertThat(failure).as(url).isInstanceOf(InvalidArgumentException.class)
                        .hasMessageContaining(url.replace("hunter2", "***"))
                        .hasMessageContaining("user(...)").hasMessageContaining("password(...)");
                for (Throwable link = failure; link != null; link = link.getCause()) {
                    assertThat(String.valueOf(link.getMessage())).doesNotContain("hunter2");
                }
                assertThat(log.messages()).noneMatch(line -> line.contains("hunter2"));
            }
        }
    }
}

package org.activerecord4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.activerecord4j.Database;
import org.activerecord4j.ListenerRegistration;
import org.activerecord4j.cli.demo.AsyncBlogDemo;
import org.activerecord4j.cli.demo.BlogDemo;
import org.activerecord4j.cli.demo.DemoDatabaseFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DemoCommandTest {

    @Test
    void demo_runsOnEmbeddedSqlite_andPrintsTheSqlOfEachQuery(@TempDir Path directory) {
        StringWriter output = new StringWriter();
        CommandLine commandLine = new CommandLine(new Ar4j()).setOut(new PrintWriter(output));

        int exitCode = commandLine.execute("demo", "--database", directory.resolve("demo.db").toString());

        assertThat(exitCode).isZero();
        assertThat(output.toString())
                .contains("SQL> CREATE TABLE IF NOT EXISTS `authors`")
                .contains("SQL> SELECT `id`, `author_id`, `title`, `likes`, `published_on` FROM `posts` WHERE `likes` >= ? ORDER BY `likes` DESC  [7]")
                .contains("popular posts: [Batching, Queries that compile, Relationships first]")
                .contains("Ann's post count: 2")
                .contains("SQL> UPDATE `posts` SET `likes` = ? WHERE `id` = ?")
                .contains("rolled back because: changed my mind")
                .contains("authors: 2");
        assertThat(output.toString().split("UPDATE `posts`", -1)).hasSize(2);
    }

    @Test
    void demo_readsOneReportLazilyAndEagerly_andTheEagerStatementCountStaysAtOnePerLevel(@TempDir Path directory) {
        StringWriter output = new StringWriter();
        CommandLine commandLine = new CommandLine(new Ar4j()).setOut(new PrintWriter(output));

        int exitCode = commandLine.execute("demo", "--database", directory.resolve("demo.db").toString());

        assertThat(exitCode).isZero();
        String text = output.toString();
        assertThat(text)
                .contains("SQL> SELECT `id`, `author_id`, `title`, `likes`, `published_on` FROM `posts` "
                        + "WHERE `author_id` IN (?, ?, ?) ORDER BY `id` ASC  [1, 2, 3]")
                .contains("SQL> SELECT `id`, `post_id`, `commenter`, `body` FROM `comments` "
                        + "WHERE `post_id` IN (?, ?, ?, ?) ORDER BY `id` ASC  [1, 2, 3, 4]");
        for (String line : List.of("Hello, world: 2 comments (Bob, Cy)", "Queries that compile: no comments",
                "Batching: 3 comments (Cy, Ann, Bob)", "Cy: no posts")) {
            assertThat(text.split(Pattern.quote(line), -1)).as("'%s' in the lazy and the eager report", line).hasSize(3);
        }
        List<Integer> lazy = counts(text, "lazy load");
        List<Integer> eager = counts(text, "eager load");
        assertThat(lazy).containsExactly(8, 23);   // 1 + authors + posts, before and after adding rows
        assertThat(eager).containsExactly(3, 3);   // authors, posts, comments: one statement per level
    }

    @Test
    void demo_onSqlite_saysSaveAllRunsTheInsertOncePerRow_notAsABatch(@TempDir Path directory) {
        Run run = Run.demo("--database", directory.resolve("demo.db").toString());

        assertThat(run.exitCode).isZero();
        assertThat(run.out)
                .contains("SQL> INSERT INTO `posts` (`author_id`, `title`, `likes`, `published_on`) VALUES (?, ?, ?, ?) "
                        + "RETURNING `id`  [1, Hello, world, 0, 2026-01-01]  (run once per row for 4 rows, each returning its key)")
                .contains("(SQLite's driver returns one generated key per JDBC batch, so saveAll prepares the INSERT once and "
                        + "runs it for each row, reading the row's key from RETURNING; PostgreSQL and MariaDB send the rows "
                        + "as one JDBC batch)")
                .doesNotContain("batch of");
    }

    @Test
    void demo_runTwice_replacesItsOwnDatabase(@TempDir Path directory) {
        String file = directory.resolve("demo.db").toString();

        assertThat(Run.demo("--database", file).exitCode).isZero();
        Run second = Run.demo("--database", file);

        assertThat(second.exitCode).as(second.err).isZero();
        assertThat(second.out).contains("authors: 2").contains("Ann's post count: 2");
    }

    @Test
    void demo_refusesToReplaceAFileItDidNotCreate_andLeavesItAlone(@TempDir Path directory) throws IOException {
        Path notes = Files.writeString(directory.resolve("notes.txt"), "my notes\n");

        Run run = Run.demo("--database", notes.toString());

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err).isEqualTo("Refusing to replace " + notes + ": it exists and is not a database the demo created "
                + "(those hold a table named ar4j_demo and only the demo's tables); choose another --database FILE, or delete "
                + "it yourself\n");
        assertThat(run.out).isEmpty();
        assertThat(Files.readString(notes)).isEqualTo("my notes\n");
    }

    @Test
    void demo_refusesAnotherProgramsSqliteDatabase_andLeavesItByteForByte(@TempDir Path directory) throws Exception {
        Path database = directory.resolve("app.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE users (name TEXT)");
            statement.execute("INSERT INTO users VALUES ('Ann')");
        }
        byte[] before = Files.readAllBytes(database);

        Run run = Run.demo("--database", database.toString());

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err).startsWith("Refusing to replace " + database + ": it exists and is not a database the demo created");
        assertThat(Files.readAllBytes(database)).isEqualTo(before);
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files).containsExactly(database);
        }
    }

    /** Regression: a table named ar4j_demo was the whole mark, so the demo deleted any database that held one. */
    @Test
    void demo_refusesAUsersSqliteDatabaseThatAlsoHoldsATableNamedLikeTheMarker(@TempDir Path directory) throws Exception {
        Path database = directory.resolve("app.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE ar4j_demo (created_by VARCHAR(100) NOT NULL)");
            statement.execute("INSERT INTO ar4j_demo VALUES ('ar4j demo')");
            statement.execute("CREATE TABLE invoices (total INTEGER)");
            statement.execute("INSERT INTO invoices VALUES (42)");
        }
        byte[] before = Files.readAllBytes(database);

        Run run = Run.demo("--database", database.toString());

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err).isEqualTo("Refusing to replace " + database + ": it exists and is not a database the demo "
                + "created (those hold a table named ar4j_demo and only the demo's tables; this one also holds invoices); "
                + "choose another --database FILE, or delete it yourself\n");
        assertThat(Files.readAllBytes(database)).isEqualTo(before);
    }

    /**
     * Regression: the mark was looked for in the file alone, but the demo's database is in WAL mode, so after a run
     * that was killed before it closed the database the mark was still in the -wal file and the next run refused the
     * demo's own database.
     */
    @Test
    void demo_replacesItsOwnDatabaseLeftByAKilledRun_whoseMarkIsStillInTheWriteAheadLog(@TempDir Path directory)
            throws Exception {
        Path killed = directory.resolve("demo.db");
        try (Database open = new DemoDatabaseFile(directory.resolve("running.db")).openFresh()) {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Path file = Path.of(directory.resolve("running.db") + suffix);
                if (Files.exists(file)) {
                    Files.copy(file, Path.of(killed + suffix));
                }
            }
        }
        assertThat(Path.of(killed + "-wal")).as("the killed run's write-ahead log").exists();

        Run run = Run.demo("--database", killed.toString());

        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.out).contains("authors: 2");
    }

    @Test
    void demo_pathInAMissingDirectory_isReportedInOneLine_withoutAStackTrace(@TempDir Path directory) {
        Path file = directory.resolve("missing").resolve("demo.db");

        Run run = Run.demo("--database", file.toString());

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err).isEqualTo("Cannot create the demo database " + file + ": directory " + file.getParent()
                + " does not exist\n");
        assertThat(run.systemErr).isEmpty();
    }

    @Test
    void demo_directoryGivenAsTheDatabase_isReportedInOneLine(@TempDir Path directory) {
        Run run = Run.demo("--database", directory.toString());

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err).isEqualTo("Cannot use " + directory + " as the demo database: it is a directory; give a file "
                + "path, e.g. --database " + directory.resolve("ar4j-demo.db") + "\n");
        assertThat(run.systemErr).isEmpty();
    }

    @Test
    void demoAsync_printsTheSyncDemosLines_afterOneHeaderLine(@TempDir Path directory) {
        Run sync = Run.demo("--database", directory.resolve("sync.db").toString());
        Run async = Run.demo("--async", "--database", directory.resolve("async.db").toString());

        assertThat(async.exitCode).as(async.err).isZero();
        assertThat(sync.exitCode).as(sync.err).isZero();
        String header = AsyncBlogDemo.HEADER + System.lineSeparator();
        assertThat(async.out).startsWith(header);
        assertThat(async.out.substring(header.length())).isEqualTo(sync.out);
        assertThat(async.out)
                .contains("SQL> SELECT `id`, `author_id`, `title`, `likes`, `published_on` FROM `posts` WHERE `likes` >= ? ORDER BY `likes` DESC  [7]")
                .contains("rolled back because: changed my mind")
                .contains("authors: 2");
        assertThat(counts(async.out, "lazy load")).containsExactly(8, 23);
        assertThat(counts(async.out, "eager load")).containsExactly(3, 3);
        assertThat(async.systemErr).isEmpty();
    }

    @Test
    @SuppressWarnings("try") // the listener registrations only need closing
    void demoAsync_runsTheSyncDemosStatementsInOrder_allButTheSchemaOffTheCallingThread(@TempDir Path directory)
            throws Exception {
        List<String> syncSql = new ArrayList<>();
        try (Database database = Database.sqlite(directory.resolve("sync.db").toString());
             ListenerRegistration listener = database.addListener(event -> syncSql.add(event.sql()))) {
            new BlogDemo(database, new PrintWriter(new StringWriter())).run();
        }
        List<String> asyncSql = Collections.synchronizedList(new ArrayList<>());
        List<Thread> asyncThreads = Collections.synchronizedList(new ArrayList<>());
        try (Database database = Database.sqlite(directory.resolve("async.db").toString());
             ListenerRegistration listener = database.addListener(event -> {
                 asyncSql.add(event.sql());
                 asyncThreads.add(Thread.currentThread());
             })) {
            new AsyncBlogDemo(database, new PrintWriter(new StringWriter())).run().get(1, TimeUnit.MINUTES);
        }

        assertThat(asyncSql).isEqualTo(syncSql).hasSizeGreaterThan(50);
        for (int i = 0; i < asyncSql.size(); i++) {
            boolean schema = asyncSql.get(i).startsWith("CREATE ");
            assertThat(asyncThreads.get(i) == Thread.currentThread())
                    .as("statement %d, %s, ran on the calling thread", i, asyncSql.get(i)).isEqualTo(schema);
        }
        assertThat(asyncSql.stream().filter(sql -> sql.startsWith("CREATE "))).hasSize(5);
    }

    /** One run of {@code ar4j}: exit code, what it printed to its out and err, and what reached System.err (loggers). */
    private record Run(int exitCode, String out, String err, String systemErr) {

        static Run demo(String... options) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            ByteArrayOutputStream systemErr = new ByteArrayOutputStream();
            PrintStream original = System.err;
            // Before the command line exists: picocli's execute() stops using a given err writer when System.err changes.
            System.setErr(new PrintStream(systemErr, true, StandardCharsets.UTF_8));
            int exitCode;
            try {
                CommandLine commandLine = new CommandLine(new Ar4j()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
                exitCode = commandLine.execute(Stream.concat(Stream.of("demo"), Stream.of(options)).toArray(String[]::new));
            } finally {
                System.setErr(original);
            }
            return new Run(exitCode, out.toString(), err.toString(), systemErr.toString(StandardCharsets.UTF_8));
        }
    }

    private static List<Integer> counts(String text, String label) {
        return Pattern.compile("  " + label + ": (\\d+) statements").matcher(text).results()
                .map(match -> Integer.parseInt(match.group(1))).toList();
    }
}

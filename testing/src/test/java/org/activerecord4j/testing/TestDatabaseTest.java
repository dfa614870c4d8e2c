package org.activerecord4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.activerecord4j.Database;
import org.activerecord4j.testing.samples.AsyncCallSample;
import org.activerecord4j.testing.samples.CodeTransactionSample;
import org.activerecord4j.testing.samples.FactoryWriteSample;
import org.activerecord4j.testing.samples.MigrationsSample;
import org.activerecord4j.testing.samples.RollbackSample;
import org.activerecord4j.testing.samples.SchemaChangeSample;
import org.activerecord4j.testing.samples.SchemaSample;
import org.activerecord4j.testing.samples.SetupReadSample;
import org.activerecord4j.testing.samples.SetupWriteSample;
import org.activerecord4j.testing.samples.StatementFailureSample;
import org.activerecord4j.testing.samples.TeardownWriteSample;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * Runs the sample test classes through the JUnit engine on each database: the samples' own URL comes
 * from the {@code activerecord4j.test.url} configuration parameter (none for SQLite: a temporary file),
 * and afterwards this run's server database must hold none of their rows.
 */
class TestDatabaseTest {

    @DatabaseTest
    void everyTest_isRolledBack_whetherItPasses_failsOrRepeats(TestDatabases.Kind kind, Database database) throws SQLException {
        Events tests = run(kind, RollbackSample.class);

        tests.assertStatistics(stats -> stats.started(5).succeeded(4).failed(1));
        tests.assertThatEvents().haveExactly(1, event(test("failingTest_isRolledBackToo"),
                finishedWithFailure(instanceOf(AssertionError.class), message("failed on purpose after saving Ann"))));
        assertNoRows(kind, database, "authors", "books");
    }

    /**
     * Regression test: the row a refused {@code @BeforeEach} wrote stayed committed, so later tests of the class (and, on
     * a server database, later runs) saw it. The refusal rolls it back now.
     */
    @DatabaseTest
    void beforeEachThatWrites_failsTheTest_namingTheStatements_andLeavesNoRow(TestDatabases.Kind kind, Database database)
            throws SQLException {
        try {
            EngineExecutionResults results = runAll(kind, SetupWriteSample.class);
            Events tests = results.testEvents();

            String insert = insert(kind);
            tests.assertStatistics(stats -> stats.started(1).failed(1));
            tests.assertThatEvents().haveExactly(1, event(test("test"), finishedWithFailure(instanceOf(IllegalStateException.class),
                    message("SetupWriteSample.seed() wrote to the test database in @BeforeEach, before the test's transaction "
                            + "began, so its rows would outlive the test:\n  " + insert + "\nWrite them in the test method (or a "
                            + "helper it calls), where they are rolled back, or in @BeforeAll, where every test of the class "
                            + "shares them. Its statements were rolled back."))));
            assertThat(failures(results.containerEvents())).as("failed containers of SetupWriteSample").isEmpty();
            assertNoRows(kind, database, "authors");
        } finally {
            deleteRefusedRows(kind, database);
        }
    }

    /** A {@code @BeforeEach} that writes no rows commits what it did (a schema change) as it did before it ran in a transaction. */
    @DatabaseTest
    void beforeEachThatWritesNoRows_commits(TestDatabases.Kind kind, Database database) throws SQLException {
        try {
            Events tests = run(kind, SetupReadSample.class);

            assertThat(failures(tests)).as("failed tests of SetupReadSample on %s", kind.label()).isEmpty();
            tests.assertStatistics(stats -> stats.started(1).succeeded(1));
            assertNoRows(kind, database, "authors", SetupReadSample.TABLE);
        } finally {
            if (kind.server() != null) {
                database.execute("DROP TABLE IF EXISTS " + SetupReadSample.TABLE);
            }
        }
    }

    /**
     * Regression test: an {@code @AfterEach} method runs after the test's transaction rolled back, so the rows it wrote
     * were committed, silently, and every later test of the class (and, on a server database, of later runs) saw them.
     * It is refused as a writing {@code @BeforeEach} is, and its rows are rolled back (they stayed committed before).
     */
    @DatabaseTest
    void afterEachThatWrites_failsTheTest_namingTheStatements_andLeavesNoRow(TestDatabases.Kind kind, Database database)
            throws SQLException {
        try {
            EngineExecutionResults results = runAll(kind, TeardownWriteSample.class);
            Events tests = results.testEvents();

            tests.assertStatistics(stats -> stats.started(2).failed(2));
            for (String name : List.of("aTestThatPasses", "afterARefusedAfterEach_noRowIsLeft")) {
                tests.assertThatEvents().haveExactly(1, event(test(name), finishedWithFailure(
                        instanceOf(IllegalStateException.class), message("TeardownWriteSample.audit() wrote to the test "
                                + "database in @AfterEach, after the test's transaction was rolled back, so its rows would "
                                + "outlive the test:\n  " + insert(kind) + "\nWrite them in the test method (or a helper it "
                                + "calls), where they are rolled back, or in @AfterAll. Its statements were rolled back."))));
            }
            assertThat(failures(results.containerEvents())).as("failed containers of TeardownWriteSample").isEmpty();
            assertNoRows(kind, database, "authors");
        } finally {
            deleteRefusedRows(kind, database);
        }
    }

    /**
     * Regression test: a {@code @TestFactory} method runs before its dynamic tests' transactions, so the rows it wrote
     * were committed, silently, and every later test saw them. It is refused as a writing {@code @BeforeEach} is, and
     * its rows are rolled back (they stayed committed before).
     */
    @DatabaseTest
    void testFactoryThatWrites_failsTheFactory_namingTheStatements_andLeavesNoRow(TestDatabases.Kind kind,
            Database database) throws SQLException {
        try {
            Events containers = runAll(kind, FactoryWriteSample.class).containerEvents();

            containers.assertThatEvents().haveExactly(1, event(container("tests"), finishedWithFailure(
                    instanceOf(IllegalStateException.class), message("FactoryWriteSample.tests() wrote to the test "
                            + "database in a @TestFactory method, before its dynamic tests' transactions began, so its rows "
                            + "would outlive the test:\n  " + insert(kind) + "\nWrite them in the dynamic tests (or a "
                            + "helper they call), where they are rolled back, or in @BeforeAll, where every test of the "
                            + "class shares them. Its statements were rolled back."))));
            assertThat(failures(containers)).as("failed containers of FactoryWriteSample").singleElement().asString()
                    .startsWith("tests(): ");
            assertNoRows(kind, database, "authors");
        } finally {
            deleteRefusedRows(kind, database);
        }
    }

    /**
     * Regression test: on MariaDB a schema change made in a test ({@code CREATE TABLE}, {@code DROP TABLE}, … through
     * {@code execute} or {@code createTables}) commits the test's transaction, so the rows the test wrote before it
     * were kept, and later tests (and later runs) saw them, while the test passed. The test fails now, naming the
     * schema change, the statements whose rows were kept, and where schema changes belong; also when statements after
     * the change began a new transaction, or the change was made by a procedure the test called (which the text does
     * not tell); a schema change with a syntax error, which commits nothing, is not counted. SQLite and PostgreSQL roll
     * the change back with the test.
     */
    @DatabaseTest
    void schemaChangeInATest_thatCommitsTheTestsTransaction_failsTheTest(TestDatabases.Kind kind, Database database)
            throws SQLException {
        try {
            if (kind.label().startsWith("mariadb")) {
                database.execute("CREATE OR REPLACE PROCEDURE " + SchemaChangeSample.PROCEDURE + "() CREATE TABLE IF NOT "
                        + "EXISTS " + SchemaChangeSample.TABLE + " (id INT)");
            }
            Events tests = run(kind, SchemaChangeSample.class);

            if (!kind.label().startsWith("mariadb")) {
                assertThat(failures(tests)).as("failed tests of SchemaChangeSample on %s", kind.label()).isEmpty();
                tests.assertStatistics(stats -> stats.started(6).succeeded(5).aborted(1));
                return;
            }
            String kept = "\nso the rows these statements of the test wrote before it were kept, and later tests (and later "
                    + "runs) see them:\n  " + insert(kind) + "\nRun schema changes in the TestDatabase's schema source "
                    + "(SchemaSource) or in @BeforeAll, or in a test class without TestDatabase.";
            assertThat(failures(tests)).as("failed tests of SchemaChangeSample on %s", kind.label()).satisfiesExactly(
                    first -> assertThat(first).startsWith("schemaChange_afterAWrite_asTheTestsLastStatement(Database): "
                            + "java.lang.IllegalStateException: The test's transaction on mariadb jdbc:mariadb:")
                            .endsWith(" was committed before the test ended, by a statement that commits the transaction "
                                    + "it runs in on mariadb (a schema change):\n  CREATE TABLE schema_change_notes (id INT)"
                                    + kept),
                    second -> assertThat(second).startsWith("schemaChange_afterAWrite_followedByMoreStatements(Database): "
                            + "java.lang.IllegalStateException: The test's transaction on mariadb jdbc:mariadb:")
                            .endsWith(" was committed before the test ended, by a statement that commits the transaction "
                                    + "it runs in on mariadb (a schema change):\n  DROP TABLE IF EXISTS schema_change_notes"
                                    + kept),
                    third -> assertThat(third).startsWith("schemaChange_thatTheTextDoesNotTell_asTheTestsLastStatement("
                            + "Database): java.lang.IllegalStateException: The test's transaction on mariadb jdbc:mariadb:")
                            .endsWith(" was committed before the test ended, by a statement that commits the transaction "
                                    + "it runs in on mariadb (a schema change, or a procedure that makes one)" + kept),
                    fourth -> assertThat(fourth).startsWith("schemaChange_inAProcedure_followedByMoreStatements(Database): "
                            + "java.lang.IllegalStateException: The test's transaction on mariadb jdbc:mariadb:")
                            .endsWith(" was committed before the test ended, by a statement that commits the transaction "
                                    + "it runs in on mariadb (a procedure that makes a schema change):\n  CALL "
                                    + SchemaChangeSample.PROCEDURE + "()" + kept));
            tests.assertStatistics(stats -> stats.started(6).succeeded(2).failed(4));
        } finally {
            if (kind.label().startsWith("mariadb")) {
                database.execute("DROP PROCEDURE IF EXISTS " + SchemaChangeSample.PROCEDURE);
            }
            if (kind.server() != null) {
                database.execute("DROP TABLE IF EXISTS " + SchemaChangeSample.TABLE);
                deleteRefusedRows(kind, database);
            }
        }
    }

    /** Deletes any rows a failed test left (a refused lifecycle method's, a committed test's), so that other tests find the table empty. */
    private static void deleteRefusedRows(TestDatabases.Kind kind, Database database) {
        if (kind.server() != null) {
            database.execute("DELETE FROM authors");
        }
    }

    /** The statement that saves a new author on {@code kind}'s database. */
    private static String insert(TestDatabases.Kind kind) {
        return kind.label().startsWith("mariadb") ? "INSERT INTO `authors` (`name`) VALUES (?)"
                : kind.label().equals("sqlite") ? "INSERT INTO `authors` (`name`) VALUES (?) RETURNING `id`"
                : "INSERT INTO \"authors\" (\"name\") VALUES (?) RETURNING \"id\"";
    }

    /**
     * Regression test: the code under test's own transactions joined the test's, so one that failed and was caught
     * left its rows (and its records' keys) for the rest of the test, and a nested failure or, on PostgreSQL, a
     * caught failed statement did not end it as production does. They run in a savepoint now.
     */
    @DatabaseTest
    void codeUnderTestsTransactions_endAsInProduction_insideTheTestsTransaction(TestDatabases.Kind kind, Database database)
            throws SQLException {
        Events tests = run(kind, CodeTransactionSample.class);

        assertThat(failures(tests)).as("failed tests of CodeTransactionSample on %s", kind.label()).isEmpty();
        tests.assertStatistics(stats -> stats.started(9).succeeded(9));
        assertNoRows(kind, database, "authors", "books");
    }

    /**
     * Regression test: a plain async call (outside any async transaction) made in a test failed with "An async call
     * was made inside a sync transaction block", so async models could not be tested with TestDatabase. It runs on
     * the test's connection now, rolled back with the test, and one still pending at the test's end fails the test.
     */
    @DatabaseTest
    void plainAsyncCalls_runInTheTestsTransaction_andOnePendingAtItsEndFailsTheTest(TestDatabases.Kind kind,
            Database database) throws SQLException {
        Events tests = run(kind, AsyncCallSample.class);

        assertThat(failures(tests)).as("failed tests of AsyncCallSample on %s", kind.label()).singleElement()
                .asString().startsWith("streamNotReadToItsEnd_failsTheTest(): java.lang.IllegalStateException: The test "
                        + "ended while 1 async call of the test was still pending in its transaction on ")
                .endsWith(" (a stream neither read to its end nor cancelled, or a call the test did not wait for); its "
                        + "later statements fail: wait for the test's async calls (join their futures, read or cancel "
                        + "their streams) before the test ends");
        tests.assertStatistics(stats -> stats.started(6).succeeded(5).failed(1));
        assertNoRows(kind, database, "authors", "books");
    }

    /**
     * Regression test: on PostgreSQL a statement that failed outside any transaction of the code (a duplicate key the
     * test caught, sync or async) aborted the test's whole transaction, so every later statement of the test failed
     * with "current transaction is aborted", while in production it fails alone in auto-commit. It runs in a
     * savepoint of the test's transaction now; SQLite and MariaDB, where a failed statement fails alone, need none.
     */
    @DatabaseTest
    void caughtFailedStatement_outsideTheCodesTransactions_failsAlone_asInProduction(TestDatabases.Kind kind,
            Database database) throws SQLException {
        Events tests = run(kind, StatementFailureSample.class);

        assertThat(failures(tests)).as("failed tests of StatementFailureSample on %s", kind.label()).isEmpty();
        tests.assertStatistics(stats -> stats.started(5).succeeded(5));
        assertNoRows(kind, database, "authors", "books");
    }

    @DatabaseTest
    void schemaHook_createsTheSchema_andBeforeAllRowsAreSharedByTheClass(TestDatabases.Kind kind) {
        run(kind, SchemaSample.class).assertStatistics(stats -> stats.started(2).succeeded(2));
    }

    @DatabaseTest
    void projectsMigrations_createTheSchema_andTheTestsRowsAreRolledBack(TestDatabases.Kind kind) throws SQLException {
        Server server = kind.server();
        if (server == null) {
            run(kind, MigrationsSample.class).assertStatistics(stats -> stats.started(1).succeeded(1));
            return;
        }
        // Flyway migrates an empty database (or one it migrated before), not this run's, which other tests fill.
        String name = RunDatabases.name() + "_migrated";
        try (Connection admin = DriverManager.getConnection(server.adminUrl(), server.user(), server.password());
                Statement statement = admin.createStatement()) {
            statement.execute(String.format(server.dropDatabase, name));
            statement.execute(String.format(server.createDatabase, name));
            String url = JdbcUrls.withDatabase(kind.url(), name);
            try {
                run(kind, MigrationsSample.class.getName(), url).assertStatistics(stats -> stats.started(1).succeeded(1));
                try (Database migrated = Database.builder(url).user(server.user()).password(server.password()).build()) {
                    assertNoRows(kind, migrated, "migrated_notes");
                }
            } finally {
                statement.execute(String.format(server.dropDatabase, name));
            }
        }
    }

    @DatabaseTest
    void readmeExample_passes(TestDatabases.Kind kind, Database database) throws SQLException {
        run(kind, "org.activerecord4j.testing.example.AuthorTest").assertStatistics(stats -> stats.started(1).succeeded(1));
        assertNoRows(kind, database, "authors", "books");
    }

    @Test
    void sqliteInMemory_fromTheConfiguration_holdsTheSchemaForTheWholeClass() {
        for (Class<?> sample : List.of(RollbackSample.class, SchemaSample.class)) {
            EngineTestKit.engine("junit-jupiter").selectors(selectClass(sample))
                    .configurationParameter(DatabaseLocation.URL_PARAMETER, "jdbc:sqlite::memory:")
                    .execute().testEvents()
                    .assertStatistics(stats -> stats.failed(sample == RollbackSample.class ? 1 : 0).aborted(0));
        }
    }

    /** Runs {@code sample} on {@code kind}'s database: this run's server database, or a temporary SQLite file. */
    private static Events run(TestDatabases.Kind kind, Class<?> sample) {
        return run(kind, sample.getName());
    }

    private static Events run(TestDatabases.Kind kind, String sample) {
        return run(kind, sample, kind.server() == null ? null : kind.url());
    }

    /** Runs {@code sample} on the server database at {@code url}, or on a temporary SQLite file when it is null. */
    private static Events run(TestDatabases.Kind kind, String sample, String url) {
        return runAll(kind, sample, url).testEvents();
    }

    /** Runs {@code sample} on {@code kind}'s database, with the events of its containers too. */
    private static EngineExecutionResults runAll(TestDatabases.Kind kind, Class<?> sample) {
        return runAll(kind, sample.getName(), kind.server() == null ? null : kind.url());
    }

    private static EngineExecutionResults runAll(TestDatabases.Kind kind, String sample, String url) {
        EngineTestKit.Builder engine = EngineTestKit.engine("junit-jupiter").selectors(selectClass(sample));
        if (kind.server() != null) {
            engine.configurationParameter(DatabaseLocation.URL_PARAMETER, url)
                    .configurationParameter(DatabaseLocation.USER_PARAMETER, kind.server().user())
                    .configurationParameter(DatabaseLocation.PASSWORD_PARAMETER, kind.server().password());
        }
        return engine.execute();
    }

    /** Names each failed test with its failure, so that an assertion on them says what went wrong. */
    private static List<String> failures(Events tests) {
        return tests.failed().stream().map(event -> event.getTestDescriptor().getDisplayName() + ": "
                + event.getPayload(TestExecutionResult.class)
                        .flatMap(TestExecutionResult::getThrowable).map(Throwable::toString).orElse("?"))
                .toList();
    }

    private static void assertNoRows(TestDatabases.Kind kind, Database database, String... tables) throws SQLException {
        if (kind.server() == null) {
            return;   // the sample's SQLite file is gone with it; the sample itself checked that tests start empty
        }
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            for (String table : tables) {
                try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    count.next();
                    assertThat(count.getLong(1)).as("rows left in %s on %s", table, kind.label()).isZero();
                }
            }
        }
    }
}

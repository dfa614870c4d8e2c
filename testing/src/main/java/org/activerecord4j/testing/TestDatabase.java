package org.activerecord4j.testing;

import java.lang.reflect.Method;
import java.util.Objects;
import org.activerecord4j.ActiveRecord;
import org.activerecord4j.Database;
import org.activerecord4j.StatementCounter;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.DynamicTestInvocationContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * A JUnit 5 extension that gives a test class its own database with the schema created, makes it the
 * default database while the class runs, and runs every test in a transaction that is rolled back at
 * the test's end, like Rails' transactional tests.
 *
 * <pre>{@code
 * class AuthorTest {
 *     @RegisterExtension
 *     static final TestDatabase database = TestDatabase.withTables(Author.class, Book.class);
 *
 *     @Test
 *     void booksAreLoadedWithTheirAuthors() {
 *         ...                                          // rows written here are rolled back
 *         database.assertStatements(2, () -> Author.query().with("books").all());
 *     }
 * }
 * }</pre>
 *
 * <p><b>Which database.</b> A temporary SQLite file per test class, deleted afterwards, unless a URL is
 * given: by {@link #url(String, String, String)}, else by the JUnit configuration parameter or system
 * property {@code activerecord4j.test.url} (with {@code activerecord4j.test.user} and
 * {@code activerecord4j.test.password}), else by the environment variable {@code AR4J_TEST_DATABASE_URL}
 * (with {@code AR4J_TEST_DATABASE_USER} and {@code AR4J_TEST_DATABASE_PASSWORD}). A database named by a
 * URL is kept: the schema source creates what is missing, and each test's rows are rolled back.
 *
 * <p><b>What is rolled back.</b> Everything a test method (also a {@code @ParameterizedTest},
 * {@code @RepeatedTest} or dynamic test) writes on its thread, including in {@code transaction(...)} blocks.
 * A {@code @BeforeEach} method runs before that transaction opens, an {@code @AfterEach} method after it rolled
 * back, and a {@code @TestFactory} method before its dynamic tests' transactions open, so one that writes fails,
 * naming the statements; each runs in a transaction of its own, rolled back when it writes (or throws), so the refused
 * rows are gone too, and committed otherwise. Rows written in {@code @BeforeAll} are committed and shared by the class's
 * tests, as RSpec's {@code before(:all)} rows are: on a database named by a URL, which is kept, they stay for later
 * test classes and later runs, so delete them in {@code @AfterAll} (or start {@code @BeforeAll} by deleting what an
 * earlier run left). A schema change a test makes ({@code CREATE TABLE}, {@code ALTER TABLE}, {@code DROP},
 * {@code TRUNCATE}…) is rolled back with it on SQLite and PostgreSQL; on MariaDB it commits the test's transaction,
 * keeping the rows the test wrote before it, so the test fails, naming the change and those rows' statements (also for
 * a {@code CALL} of a procedure that makes one, which the database is asked about at once; a change with a syntax error,
 * which commits nothing, is not counted). Make schema changes in the {@link SchemaSource} or {@code @BeforeAll}, or in a
 * test class without this extension. A statement that begins or ends a transaction ({@code BEGIN}, {@code COMMIT},
 * {@code ROLLBACK}, {@code SAVEPOINT}…) is refused by {@code Database.execute}, in a test as in production: use
 * {@code transaction(...)}, which runs in a savepoint of the test's transaction.
 *
 * <p><b>The code's own transactions end as in production.</b> The outermost transaction the test or the code
 * under test opens ({@code ActiveRecord.transaction(...)}, {@code db.transaction(...)},
 * {@code AsyncActiveRecord.transaction(...)}, {@code db.transactionAsync(...)}) runs in a savepoint of the
 * test's transaction, as in Rails' transactional tests: where production would commit, the savepoint is
 * released and its rows stay until the test's rollback; where production would roll back (the block throws, a
 * nested block failed, or on PostgreSQL a statement failed inside it), it rolls back to the savepoint, restores
 * the records it touched, throws what production throws, and the test goes on. Transactions nested inside it
 * join it, as in production. The code's transactions run one at a time: wait for an async one (join its
 * future) before starting another or ending the test, else that fails, saying so. A transaction that names
 * another database than the test's fails, as a write to a second database inside a transaction does. A
 * statement made outside the code's transactions, sync or async (a {@code save()} that hits a unique key, which
 * the test catches), fails alone as it does in production's auto-commit, and the test goes on: on PostgreSQL,
 * where a failed statement aborts the transaction it runs in, each such statement, and each stream's reads, run
 * in a savepoint of their own.
 *
 * <p><b>Async calls run in the test's transaction.</b> A plain async call ({@code user.save()} on an
 * {@code AsyncActiveRecord} model, {@code User.findOne(id)}, {@code User.query().all()}, an async relation read
 * such as {@code post.author()}, a {@code stream()} publisher) that the test or the code under test makes outside
 * an async transaction, on the test's thread or on any other (a stage chained on another call's future), runs
 * its statements in the test's transaction, so they see the test's rows and are rolled back with them. As in
 * production they run on the async executor, never on the calling thread. They share the test's one
 * connection, so its users take turns: the async calls' statements run one at a time, in the order the calls
 * were made, and a sync statement of the test (or of a transaction of the code on its thread) first waits for
 * the async calls made before it, up to the pool's connection timeout, after which it fails naming the calls
 * still queued. Wait for them before the test ends: join their futures, and read streams to their end or cancel
 * them. A test that ends with one pending fails saying so, and that call's later statements fail instead of
 * running on the connection, which has gone back to the pool. An async call inside a sync
 * {@code transaction(...)} block fails as in production; one made while an async transaction of the code is open
 * runs between that transaction's statements, in its savepoint. Calls on a database other than the test's,
 * and sync calls on threads other than the test's, run outside the test's transaction.
 *
 * <p>Register it with {@code @RegisterExtension} on a static field for a database per test class, or
 * on an instance field for one per test; {@code @Nested} classes share their enclosing class's. Models use
 * the default database, which is global: test classes that use this extension must not run in parallel
 * with each other. Thread-safe otherwise.
 */
public final class TestDatabase implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback,
        InvocationInterceptor, ParameterResolver {

    /** Where a class context records that it opened the database, so that only its afterAll closes it. */
    private static final ExtensionContext.Namespace OPENED_HERE = ExtensionContext.Namespace.create(TestDatabase.class);

    private final SchemaSource schema;
    private final DatabaseLocation location;
    private volatile DatabaseLocation.Opened opened;
    private volatile boolean openedPerTest;

    private TestDatabase(SchemaSource schema, DatabaseLocation location) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.location = location;
    }

    /**
     * Creates the tables of {@code models} in the test database.
     *
     * @param models the model classes, parents before children
     * @return the extension
     */
    @SafeVarargs
    public static TestDatabase withTables(Class<? extends ActiveRecord<?>>... models) {
        return new TestDatabase(SchemaSource.tables(models), null);
    }

    /**
     * Creates the schema of the test database with {@code schema}, e.g. the project's migrations with the
     * {@code activerecord4j-migrations} module (Flyway scripts under {@code classpath:db/migration}).
     *
     * <pre>{@code
     * TestDatabase.withSchema(Migrations::migrate);
     * }</pre>
     *
     * @param schema creates the schema, once per database
     * @return the extension
     */
    public static TestDatabase withSchema(SchemaSource schema) {
        return new TestDatabase(schema, null);
    }

    /**
     * Returns an extension that uses the database at {@code url} instead of a temporary SQLite file.
     *
     * @param url a JDBC URL, e.g. {@code jdbc:sqlite::memory:} or {@code jdbc:postgresql://127.0.0.1:5432/app_test}
     * @param user the user, or null
     * @param password the password, or null
     * @return a new extension with the same schema source
     * @throws IllegalArgumentException when {@code url} is not a JDBC URL
     */
    public TestDatabase url(String url, String user, String password) {
        return new TestDatabase(schema, new DatabaseLocation(Objects.requireNonNull(url, "url"), user, password,
                "TestDatabase.url(...)"));
    }

    /**
     * Returns an extension that uses the database at {@code url}, without user and password.
     *
     * @param url a JDBC URL, e.g. {@code jdbc:sqlite:build/test.db}
     * @return a new extension with the same schema source
     * @throws IllegalArgumentException when {@code url} is not a JDBC URL
     */
    public TestDatabase url(String url) {
        return url(url, null, null);
    }

    /**
     * Returns the test database; it is also the default database while the test class runs.
     *
     * @return the open database
     * @throws IllegalStateException outside the test class's lifecycle
     */
    public Database database() {
        DatabaseLocation.Opened current = opened;
        if (current == null) {
            throw new IllegalStateException("The test database is open only while its test class runs: register the "
                    + "TestDatabase with @RegisterExtension and use it from tests or @BeforeAll/@BeforeEach methods");
        }
        return current.database();
    }

    /**
     * Runs {@code block} and returns how many statements it ran on the test database; see
     * {@link StatementCounter#count(Database, Runnable)}.
     *
     * @param block the block
     * @return the number of statements
     */
    public int countStatements(Runnable block) {
        return StatementCounter.count(database(), block);
    }

    /**
     * Runs {@code block} and fails unless it ran exactly {@code expected} statements on the test
     * database, listing the SQL that ran; see {@link StatementCounter#assertStatements(Database, int, Runnable)}.
     *
     * @param expected the number of statements the block must run
     * @param block the block
     * @throws AssertionError when the count differs
     */
    public void assertStatements(int expected, Runnable block) {
        StatementCounter.assertStatements(database(), expected, block);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (opened == null) {   // else a @Nested class, which shares its enclosing class's database
            open(context);
            context.getStore(OPENED_HERE).put(this, Boolean.TRUE);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (opened == null) {
            open(context);
            openedPerTest = true;
        }
        Database.setDefault(database());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (openedPerTest) {
            close();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (context.getStore(OPENED_HERE).remove(this) != null) {
            close();
        }
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext extensionContext) throws Throwable {
        RolledBackTransaction.run(database(), invocation);
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext extensionContext) throws Throwable {
        RolledBackTransaction.run(database(), invocation);
    }

    @Override
    public void interceptDynamicTest(Invocation<Void> invocation, DynamicTestInvocationContext invocationContext,
            ExtensionContext extensionContext) throws Throwable {
        RolledBackTransaction.run(database(), invocation);
    }

    @Override
    public <T> T interceptTestFactoryMethod(Invocation<T> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext extensionContext) throws Throwable {
        return SetupWrites.refuse(database(), invocation, invocationContext, SetupWrites.Phase.TEST_FACTORY);
    }

    @Override
    public void interceptBeforeEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext extensionContext) throws Throwable {
        SetupWrites.refuse(database(), invocation, invocationContext, SetupWrites.Phase.BEFORE_EACH);
    }

    @Override
    public void interceptAfterEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext extensionContext) throws Throwable {
        SetupWrites.refuse(database(), invocation, invocationContext, SetupWrites.Phase.AFTER_EACH);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == Database.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return database();
    }

    @Override
    public String toString() {
        return "TestDatabase[" + schema + (location == null ? "" : ", " + Database.withoutPassword(location.url())) + "]";
    }

    private void open(ExtensionContext context) {
        DatabaseLocation resolved = DatabaseLocation.resolve(location, context::getConfigurationParameter, System::getenv);
        DatabaseLocation.Opened database = resolved.open();
        try {
            schema.create(database.database());
        } catch (Exception e) {
            database.close();
            throw new IllegalStateException("Creating the schema in the test database "
                    + Database.withoutPassword(database.database().url()) + " failed: " + e.getMessage(), e);
        } catch (Error e) {
            database.close();
            throw e;
        }
        opened = database;
        Database.setDefault(database.database());
    }

    private void close() {
        DatabaseLocation.Opened current = opened;
        opened = null;
        openedPerTest = false;
        Database.setDefault(null);
        if (current != null) {
            current.close();
        }
    }
}

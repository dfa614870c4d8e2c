package org.activerecord4j;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.activerecord4j.internal.async.Async;
import org.activerecord4j.internal.dialect.UrlParameters;
import org.activerecord4j.internal.jdbc.Engine;
import org.activerecord4j.internal.runtime.DatabaseSettings;
import org.activerecord4j.internal.runtime.Databases;

/**
 * A database: a HikariCP connection pool over a JDBC URL, with its dialect, statement listeners
 * and transactions. SQLite (embedded, a file) is the default; PostgreSQL and MariaDB/MySQL are
 * reached with {@link #connect(String, String, String)}.
 *
 * <pre>{@code
 * Database database = Database.sqlite("app.db");
 * Database.setDefault(database);               // models use it from now on
 * database.transaction(() -> { user.save(); order.save(); });
 *
 * Database reporting = Database.connect("jdbc:postgresql://127.0.0.1/reports", "app", "secret");
 * List<User> archived = reporting.use(() -> User.query().all());   // this block only
 * }</pre>
 *
 * <p>Thread-safe. Close it to close its pool.
 */
public final class Database implements AutoCloseable {

    private static volatile Database defaultDatabase;

    private final String url;
    private final Engine engine;

    private Database(DatabaseSettings settings) {
        this.url = settings.url();
        this.engine = Databases.open(settings);
    }

    /**
     * Opens (creating if needed) the SQLite database file at {@code path}, with foreign keys enforced.
     *
     * @param path the file, e.g. {@code "app.db"}; {@code ":memory:"} for a private in-memory database
     * @return the database, in WAL mode unless {@link #builder} is given a URL naming another
     *     ({@code jdbc:sqlite:app.db?journal_mode=DELETE})
     * @throws InvalidArgumentException when {@code path} is null or blank
     * @throws ActiveRecordException when the file cannot be opened
     */
    public static Database sqlite(String path) {
        if (path == null || path.isBlank()) {
            throw new InvalidArgumentException("Database.sqlite(path) needs a file, e.g. \"app.db\", or \":memory:\" "
                    + "for a private in-memory database, but was " + (path == null ? "null" : "'" + path + "'"));
        }
        return builder("jdbc:sqlite:" + path).build();
    }

    /**
     * Opens the SQLite database file at {@code path}.
     *
     * @param path the file
     * @return the database
     * @throws InvalidArgumentException when {@code path} is null
     * @throws ActiveRecordException when the file cannot be opened
     */
    public static Database sqlite(Path path) {
        if (path == null) {
            throw new InvalidArgumentException("Database.sqlite(path) needs a file, but was null");
        }
        return sqlite(path.toString());
    }

    /**
     * Connects to a database server.
     *
     * <pre>{@code
     * Database.connect("jdbc:postgresql://127.0.0.1:5432/app", "app", "secret");
     * Database.connect("jdbc:mariadb://127.0.0.1:3306/app", "root", "");
     * }</pre>
     *
     * @param url a {@code jdbc:postgresql:}, {@code jdbc:mariadb:} or {@code jdbc:mysql:} URL (the last through the
     *     MariaDB driver activerecord4j ships, which speaks to MariaDB and MySQL servers)
     * @param user the user
     * @param password the password
     * @return the database
     * @throws ActiveRecordException when the URL names no supported database, or the first connection
     *     fails (the message names the URL, never the password)
     */
    public static Database connect(String url, String user, String password) {
        return builder(url).user(user).password(password).build();
    }

    /**
     * Starts configuring a database.
     *
     * @param url the JDBC URL; a user and password go in {@link Builder#user}/{@link Builder#password} or its
     *     {@code ?user=…&password=…}, not before the host ({@code //user:password@host}), which the drivers do not read
     * @return a builder
     * @throws InvalidArgumentException when the URL names no supported database, or holds a password before its host
     *     (the message shows the URL without it)
     */
    public static Builder builder(String url) {
        return new Builder(url);
    }

    /**
     * Makes {@code database} the one models use unless a block or a binding says otherwise.
     *
     * @param database the default, or null to clear it
     * @throws InvalidArgumentException when {@code database} was closed
     */
    public static void setDefault(Database database) {
        if (database != null && database.engine.isClosed()) {
            throw new InvalidArgumentException("Database.setDefault(database) was given " + database.engine.describe()
                    + ", which was closed; give an open database, or null to clear the default");
        }
        defaultDatabase = database;
        Databases.setDefault(database == null ? null : database.engine);
    }

    /**
     * Returns the default database.
     *
     * @return the default
     * @throws ActiveRecordException when none was set, or the default was closed (closing it does not clear it, so
     *     that code still using it learns what happened instead of finding no database)
     */
    public static Database getDefault() {
        Database database = defaultDatabase;
        if (database == null) {
            throw new ActiveRecordException("No database: call Database.setDefault(Database.sqlite(\"app.db\")) "
                    + "or run the code inside database.use(...)");
        }
        if (database.engine.isClosed()) {
            throw new ActiveRecordException("The default database " + database.engine.describe() + " was closed; make "
                    + "another one the default with Database.setDefault(...), or clear it with Database.setDefault(null)");
        }
        return database;
    }

    /**
     * Sends every statement of {@code model} to this database, outside {@link #use} blocks.
     *
     * @param model the model class
     * @return this database
     */
    public Database bind(Class<? extends Model<?>> model) {
        Databases.bind(model, engine);
        return this;
    }

    /**
     * Removes the binding of {@code model}, so it uses the default database again.
     *
     * @param model the model class
     */
    public static void unbind(Class<? extends Model<?>> model) {
        Databases.bind(model, null);
    }

    /**
     * Runs {@code block} with every model's statements going to this database, on this thread.
     *
     * @param block the block
     * @param <R> the block's result
     * @return the block's result
     */
    public <R> R use(Supplier<R> block) {
        return Databases.use(engine, block);
    }

    /**
     * Runs {@code block} with every model's statements going to this database, on this thread.
     *
     * @param block the block
     */
    public void use(Runnable block) {
        Databases.use(engine, () -> {
            block.run();
            return null;
        });
    }

    /**
     * Runs {@code body} in a transaction on this database and returns its result. It commits when the
     * block returns and rolls back when it throws anything; the exception reaches the caller unchanged. A
     * nested call joins the open transaction, and a nested block that throws dooms the whole transaction.
     * On PostgreSQL a failed statement aborts the whole transaction: a block that catches the failure and
     * returns ends in a rollback and an {@link ActiveRecordException} whose cause is that failure. So does a
     * failure at which the database rolled back the whole transaction on any database (SQLState 40xxx: a
     * deadlock's victim on MariaDB, a serialization failure).
     *
     * <p>Inside the block, models bound to no database ({@link #bind}) use this one. A write to another
     * database (a model bound elsewhere) fails with an {@link ActiveRecordException} instead of committing
     * separately; reads of another database run outside the transaction.
     *
     * <p>When it rolls back, every record the block inserted, updated or deleted is put back as it was
     * before the transaction: its key, whether it is new, which columns are dirty and its cached relations.
     * Saving it again then does the right thing. A COMMIT whose connection was lost is neither: see
     * {@link CommitOutcomeUnknownException}. A COMMIT that succeeded is reported committed, even when resetting the
     * connection afterwards fails (that connection then leaves the pool).
     *
     * <pre>{@code
     * try {
     *     database.transaction(() -> { order.save(); payment.save(); });   // payment.save() fails
     * } catch (StatementFailedException e) {
     *     order.isNewRecord();   // true again: no row was kept, order.id is null
     * }
     * }</pre>
     *
     * @param body the block
     * @param <R> its result
     * @param <X> its checked exception
     * @return the block's result
     * @throws X whatever the block threw
     * @throws CommitOutcomeUnknownException when the connection was lost during the COMMIT, so the database may have
     *     committed or not: the records keep what the block wrote, and reloading them tells
     * @throws ActiveRecordException when the commit fails, a nested block failed, or (PostgreSQL) a statement failed
     *     inside the block, or a statement's failure rolled back the whole transaction (a deadlock)
     */
    public <R, X extends Exception> R transaction(TransactionBody<R, X> body) throws X {
        return Databases.transaction(engine, body);
    }

    /**
     * Runs {@code action} in a transaction; see {@link #transaction(TransactionBody)}.
     *
     * @param action the block
     * @param <X> its checked exception
     * @throws X whatever the block threw
     */
    public <X extends Exception> void transaction(TransactionAction<X> action) throws X {
        transaction((TransactionBody<Void, X>) () -> {
            action.run();
            return null;
        });
    }

    /**
     * Runs the async work {@code body} returns as one transaction on this database: every statement of its
     * chain runs on one connection; it commits when the returned stage completes normally and rolls back
     * (restoring the records the chain wrote) when it completes exceptionally or {@code body} throws. Inside,
     * models bound to no database use this one. See {@link AsyncActiveRecord#transaction(Supplier)} for
     * which calls belong to the chain, and what cancelling the returned future does.
     *
     * <pre>{@code
     * CompletableFuture<Order> placed = database.transactionAsync(() ->
     *         order.save().thenCompose(saved -> Order.lines.add(saved, line)).thenApply(added -> order));
     * }</pre>
     *
     * @param body returns the stage that ends the transaction's work
     * @param <R> the result
     * @return completes with the stage's result after the commit, or fails after the rollback, or with a
     *     {@link CommitOutcomeUnknownException} when the connection was lost during the COMMIT
     */
    public <R> CompletableFuture<R> transactionAsync(Supplier<? extends CompletionStage<R>> body) {
        return Async.transaction(engine, body);
    }

    /**
     * Registers a listener that sees every statement this database runs.
     *
     * @param listener the listener
     * @return the registration; closing it removes the listener
     * @throws NullPointerException when {@code listener} is null
     */
    public ListenerRegistration addListener(StatementListener listener) {
        return engine.addListener(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Runs one statement written by hand (DDL, maintenance) with bound values. It may end with {@code ;}
     * but not hold a second statement; a {@code ?} inside quotes or comments is not a placeholder. A statement that
     * begins, ends or marks a transaction ({@code BEGIN}, {@code COMMIT}, {@code ROLLBACK}, {@code SAVEPOINT}…, or
     * MariaDB's {@code SET autocommit}) is refused: it would leave a pooled connection, or the records of
     * {@link #transaction(TransactionBody)}, out of step with the database; run such statements in a transaction block.
     *
     * @param sql the SQL with {@code ?} placeholders
     * @param values one value per placeholder
     * @return rows affected
     * @throws UnsafeSqlException when the text holds more than one statement, leaves a quote or comment
     *     open, begins, ends or marks a transaction, or its placeholders and values differ in number
     * @throws InvalidArgumentException when it binds more values than this database takes in one statement
     * @throws StatementFailedException when the database rejects it
     */
    public long execute(String sql, Object... values) {
        return Databases.execute(engine, sql, values);
    }

    /**
     * Creates the tables of {@code models} from their fields, with the dialect's column types, when they
     * do not exist yet, with a foreign key constraint and an index for each BelongsTo, and on a join model a
     * {@code UNIQUE} on the two keys of each HasManyThrough through it (as {@code ar4j generate} writes it). Give parents
     * before children. Meant for demos, tests and prototypes; production schemas belong in migrations. An existing table
     * is left as it is (its column types are not compared), but it must have every column of its model.
     *
     * @param models the model classes
     * @throws ActiveRecordException naming the table and the missing columns when a table exists without some of its
     *     model's columns (say, a field added since the table was made)
     */
    @SafeVarargs
    public final void createTables(Class<? extends Model<?>>... models) {
        for (Class<? extends Model<?>> model : models) {
            Databases.createTable(engine, model);
        }
    }

    /**
     * Drops the tables of {@code models} when they exist, in the order given (children before parents).
     *
     * @param models the model classes
     */
    @SafeVarargs
    public final void dropTables(Class<? extends Model<?>>... models) {
        for (Class<? extends Model<?>> model : models) {
            Databases.dropTable(engine, model);
        }
    }

    /**
     * Returns the short dialect name.
     *
     * @return {@code sqlite}, {@code postgresql} or {@code mariadb}
     */
    public String dialectName() {
        return engine.dialect().name();
    }

    /**
     * Returns the JDBC URL.
     *
     * @return the URL
     */
    public String url() {
        return url;
    }

    /**
     * Returns the pooled data source, for code that needs plain JDBC.
     *
     * @return the data source
     */
    public DataSource dataSource() {
        return engine.dataSource();
    }

    /**
     * Turns strict loading on or off for the models that use this database, unless a model
     * ({@link StrictLoading}) or a query ({@link Query#strict(boolean)}) says otherwise. See
     * {@link StrictLoadingViolationException}.
     *
     * @param strict true to turn it on
     */
    public void setStrictLoading(boolean strict) {
        engine.strictLoading(strict);
    }

    /**
     * Returns whether strict loading is on by default for this database.
     *
     * @return true when it is
     */
    public boolean isStrictLoading() {
        return engine.strictLoading();
    }

    /**
     * Closes the connection pool; later calls fail. A caller waiting for a connection, sync or async, then fails at once
     * saying the database was closed. A transaction still open on it commits nothing: it rolls back when its block
     * ends, restoring its records, and fails saying the database was closed. A database that was the default stays it,
     * and {@link #getDefault()} then fails saying it was closed.
     */
    @Override
    public void close() {
        engine.close();
    }

    /**
     * Returns {@code url} with any password it holds shown as {@code ***}, as this library's own messages and
     * {@link #toString()} show URLs: for the messages and logs of tools built on it.
     *
     * <pre>{@code
     * Database.withoutPassword("jdbc:postgresql://db/app?user=app&password=s3cret");   // ...&password=***
     * }</pre>
     *
     * @param url a JDBC URL, supported or not
     * @return the URL, its password (a {@code password=} parameter or {@code //user:password@}) replaced by {@code ***}
     */
    public static String withoutPassword(String url) {
        return UrlParameters.withoutPassword(url);
    }

    /**
     * Names the database by dialect and URL, with any password the URL holds shown as {@code ***}.
     *
     * @return e.g. {@code Database[postgresql jdbc:postgresql://127.0.0.1/app?password=***]}
     */
    @Override
    public String toString() {
        return "Database[" + engine.describe() + "]";
    }

    /**
     * Settings for a {@link Database}; each is checked when set. Every wait has a limit, and the defaults
     * are: {@code connectTimeout} 10 s, {@code socketTimeout} 90 s, {@code statementTimeout} 60 s,
     * {@code lockTimeout} 10 s, {@code acquireTimeout} 30 s. {@link Duration#ZERO} lifts a limit.
     *
     * <pre>{@code
     * Database db = Database.builder("jdbc:postgresql://127.0.0.1/app").user("app").password(secret)
     *         .statementTimeout(Duration.ofSeconds(5)).maximumPoolSize(20).build();
     * }</pre>
     *
     * <p>Not thread-safe; the built database is.
     */
    public static final class Builder {
        private static final Duration SHORTEST_ACQUIRE_TIMEOUT = Duration.ofMillis(250);

        private final String url;
        private String user;
        private String password;
        private int maximumPoolSize;
        private boolean redactParameters;
        private boolean strictLoading;
        private Duration connectTimeout;
        private Duration socketTimeout;
        private Duration statementTimeout;
        private Duration lockTimeout;
        private Duration acquireTimeout;
        private Duration slowStatementThreshold;
        private Executor asyncExecutor;

        private Builder(String url) {
            if (url == null) {
                throw new InvalidArgumentException("Database.builder(url) needs a JDBC URL (jdbc:sqlite:, jdbc:postgresql:, "
                        + "jdbc:mariadb:, jdbc:mysql:) but was null");
            }
            Databases.checkUrl(url);
            DatabaseSettings defaults = DatabaseSettings.defaults(url);
            this.url = url;
            this.maximumPoolSize = defaults.maximumPoolSize();
            this.redactParameters = defaults.redactParameters();
            this.strictLoading = defaults.strictLoading();
            this.connectTimeout = defaults.connectTimeout();
            this.socketTimeout = defaults.socketTimeout();
            this.statementTimeout = defaults.statementTimeout();
            this.lockTimeout = defaults.lockTimeout();
            this.acquireTimeout = defaults.acquireTimeout();
            this.slowStatementThreshold = defaults.slowStatementThreshold();
        }

        /**
         * Sets the user. A URL that holds {@code user=} too must name the same one: {@link #build} refuses another.
         *
         * @param user the user
         * @return this builder
         */
        public Builder user(String user) {
            this.user = user;
            return this;
        }

        /**
         * Sets the password. A URL that holds {@code password=} too must hold the same one: {@link #build} refuses
         * another.
         *
         * @param password the password
         * @return this builder
         */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /**
         * Sets the most connections the pool opens (default 10).
         *
         * @param size at least 1
         * @return this builder
         * @throws InvalidArgumentException when {@code size} is below 1
         */
        public Builder maximumPoolSize(int size) {
            if (size < 1) {
                throw new InvalidArgumentException("maximumPoolSize must be at least 1 but was " + size);
            }
            this.maximumPoolSize = size;
            return this;
        }

        /**
         * Sets how long opening a connection (login included) may take (default 10 s).
         *
         * @param timeout the limit; zero for none, else at least 1 ms
         * @return this builder
         * @throws InvalidArgumentException when it is null, negative, or positive but under 1 ms
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = limit("connectTimeout", timeout);
            return this;
        }

        /**
         * Sets how long to wait for the server to answer on an open connection before the connection is
         * given up as broken (default 90 s); keep it above the statement timeout, so the server can report
         * a statement that ran too long.
         *
         * @param timeout the limit; zero for none, else at least 1 ms
         * @return this builder
         * @throws InvalidArgumentException when it is null, negative, or positive but under 1 ms
         */
        public Builder socketTimeout(Duration timeout) {
            this.socketTimeout = limit("socketTimeout", timeout);
            return this;
        }

        /**
         * Sets how long one statement may run on the server before the server cancels it (default 60 s;
         * PostgreSQL {@code statement_timeout}, MariaDB {@code max_statement_time}). SQLite runs in this
         * process and has no such limit.
         *
         * @param timeout the limit; zero for none, else at least 1 ms
         * @return this builder
         * @throws InvalidArgumentException when it is null, negative, or positive but under 1 ms
         */
        public Builder statementTimeout(Duration timeout) {
            this.statementTimeout = limit("statementTimeout", timeout);
            return this;
        }

        /**
         * Sets how long a statement waits for a lock another transaction holds (default 10 s; PostgreSQL
         * {@code lock_timeout}, MariaDB {@code innodb_lock_wait_timeout} in whole seconds, SQLite's busy
         * timeout for its write lock).
         *
         * @param timeout the limit; zero for none, else at least 1 ms
         * @return this builder
         * @throws InvalidArgumentException when it is null, negative, or positive but under 1 ms
         */
        public Builder lockTimeout(Duration timeout) {
            this.lockTimeout = limit("lockTimeout", timeout);
            return this;
        }

        /**
         * Sets how long to wait for a free connection from the pool (default 30 s; at least 250 ms, the shortest wait
         * HikariCP keeps).
         *
         * @param timeout the limit
         * @return this builder
         * @throws InvalidArgumentException when it is null, negative or zero, or under 250 ms
         */
        public Builder acquireTimeout(Duration timeout) {
            checked("acquireTimeout", timeout);
            if (timeout.isZero()) {
                throw new InvalidArgumentException("acquireTimeout must be positive but was 0; a pool wait always has a limit");
            }
            if (timeout.compareTo(SHORTEST_ACQUIRE_TIMEOUT) < 0) {
                // HikariCP would raise it to its floor, and a caller would wait longer than it asked.
                throw new InvalidArgumentException("acquireTimeout must be at least 250 ms (the connection pool's shortest "
                        + "wait) but was " + timeout);
            }
            this.acquireTimeout = timeout;
            return this;
        }

        /**
         * Sets the duration above which a statement is logged at WARN on the logger
         * {@code org.activerecord4j.sql} (default 1 s).
         *
         * @param threshold the threshold; zero to never log slow statements
         * @return this builder
         * @throws InvalidArgumentException when it is null or negative
         */
        public Builder slowStatementThreshold(Duration threshold) {
            this.slowStatementThreshold = checked("slowStatementThreshold", threshold);
            return this;
        }

        /**
         * Hides bound values (possibly secrets) in exception messages, {@link StatementFailedException#parameters()}
         * and the SQL log (default true). Statement listeners always see the values.
         *
         * @param redact false to show them, e.g. while debugging
         * @return this builder
         */
        public Builder redactParameters(boolean redact) {
            this.redactParameters = redact;
            return this;
        }

        /**
         * Turns strict loading on for every model that uses this database (default false): a lazy load
         * on a record from a multi-row query throws {@link StrictLoadingViolationException}.
         *
         * <pre>{@code
         * Database db = Database.builder("jdbc:postgresql://localhost/app").strictLoading(true).build();
         * }</pre>
         *
         * @param strict true to turn it on
         * @return this builder
         */
        public Builder strictLoading(boolean strict) {
            this.strictLoading = strict;
            return this;
        }

        /**
         * Runs the statements of async calls ({@link AsyncActiveRecord}) on {@code executor} instead of the
         * database's own executor (virtual threads on JDK 21 and later, else a pool of
         * {@code maximumPoolSize} threads). Async work still waits for a free connection without holding a
         * thread of it, so it needs no more threads than the pool has connections; the application owns the
         * executor and shuts it down. A call's future completes on the executor thread that ran it; one that
         * found no free connection within the acquire timeout fails on the library's timer thread, which ends
         * every such wait. So stages chained without an executor of their own ({@code thenApply}, not
         * {@code thenApplyAsync(fn, executor)}) run on those threads and should not block.
         *
         * @param executor the executor
         * @return this builder
         * @throws InvalidArgumentException when {@code executor} is null
         */
        public Builder asyncExecutor(Executor executor) {
            if (executor == null) {
                throw new InvalidArgumentException("asyncExecutor(executor) needs an executor but was null; leave it unset "
                        + "for the database's own");
            }
            this.asyncExecutor = executor;
            return this;
        }

        /**
         * Opens the pool and its first connection.
         *
         * @return the database
         * @throws InvalidArgumentException when the socket timeout does not exceed the statement timeout, or the URL holds a
         *     {@code user=} or {@code password=} other than the one given to {@link #user} or {@link #password} (the
         *     drivers would take the URL's without a word; the message never shows a password)
         * @throws ActiveRecordException when the first connection fails; the message names the URL, never
         *     the password
         */
        public Database build() {
            Databases.checkCredentials(url, user, password);
            if (!socketTimeout.isZero() && (statementTimeout.isZero() || socketTimeout.compareTo(statementTimeout) <= 0)) {
                throw new InvalidArgumentException("socketTimeout (" + socketTimeout + ") must exceed statementTimeout ("
                        + statementTimeout + "), so that the server cancels a long statement before the connection is "
                        + "given up; raise socketTimeout or set it to zero");
            }
            return new Database(new DatabaseSettings(url, user, password, maximumPoolSize, connectTimeout, socketTimeout,
                    statementTimeout, lockTimeout, acquireTimeout, redactParameters, slowStatementThreshold, strictLoading,
                    asyncExecutor));
        }

        /** Checks a limit that reaches the drivers and servers in whole milliseconds, where 0 means none. */
        private static Duration limit(String setting, Duration timeout) {
            checked(setting, timeout);
            if (!timeout.isZero() && timeout.toMillis() == 0) {
                throw new InvalidArgumentException(setting + " must be zero (no limit) or at least 1 ms but was " + timeout
                        + "; the drivers count whole milliseconds and would take it for no limit");
            }
            return timeout;
        }

        private static Duration checked(String setting, Duration timeout) {
            if (timeout == null || timeout.isNegative()) {
                throw new InvalidArgumentException(setting + " must be zero (no limit) or positive but was " + timeout);
            }
            return timeout;
        }
    }
}

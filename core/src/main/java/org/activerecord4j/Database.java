package org.activerecord4j;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.activerecord4j.internal.dialect.Dialect;
import org.activerecord4j.internal.dialect.Dialects;
import org.activerecord4j.internal.jdbc.Engine;
import org.activerecord4j.internal.jdbc.Routing;
import org.activerecord4j.internal.meta.ModelInfo;
import org.activerecord4j.internal.schema.TableDdl;
import org.activerecord4j.internal.sql.Placeholders;
import org.activerecord4j.internal.sql.SqlBuilder;

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

    private final String url;
    private final Engine engine;
    private volatile boolean strictLoading;

    private Database(Builder builder) {
        this.url = builder.url;
        this.strictLoading = builder.strictLoading;
        Dialect dialect = Dialects.forUrl(builder.url);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(builder.url);
        config.setUsername(builder.user);
        config.setPassword(builder.password);
        config.setPoolName("activerecord4j-" + dialect.name());
        boolean memory = dialect == Dialects.SQLITE && builder.url.contains(":memory:");
        config.setMaximumPoolSize(memory ? 1 : builder.maximumPoolSize);
        if (memory) {
            // Each SQLite connection to :memory: is its own database: keep the one connection forever.
            config.setMaxLifetime(0);
            config.setIdleTimeout(0);
        }
        if (dialect == Dialects.SQLITE) {
            config.addDataSourceProperty("foreign_keys", "true");
            config.addDataSourceProperty("busy_timeout", "10000");
            if (!memory) {
                config.addDataSourceProperty("journal_mode", "WAL");
            }
        }
        this.engine = new Engine(this, new HikariDataSource(config), dialect, builder.redactParameters);
    }

    /**
     * Opens (creating if needed) the SQLite database file at {@code path}, with foreign keys enforced.
     *
     * @param path the file, e.g. {@code "app.db"}; {@code ":memory:"} for a private in-memory database
     * @return the database
     */
    public static Database sqlite(String path) {
        return builder("jdbc:sqlite:" + path).build();
    }

    /**
     * Opens the SQLite database file at {@code path}.
     *
     * @param path the file
     * @return the database
     */
    public static Database sqlite(Path path) {
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
     * @param url a {@code jdbc:postgresql:}, {@code jdbc:mariadb:} or {@code jdbc:mysql:} URL
     * @param user the user
     * @param password the password
     * @return the database
     * @throws ActiveRecordException when the URL names no supported database
     */
    public static Database connect(String url, String user, String password) {
        return builder(url).user(user).password(password).build();
    }

    /**
     * Starts configuring a database.
     *
     * @param url the JDBC URL
     * @return a builder
     */
    public static Builder builder(String url) {
        return new Builder(url);
    }

    /**
     * Makes {@code database} the one models use unless a block or a binding says otherwise.
     *
     * @param database the default, or null to clear it
     */
    public static void setDefault(Database database) {
        Routing.setDefault(database == null ? null : database.engine);
    }

    /**
     * Returns the default database.
     *
     * @return the default
     * @throws ActiveRecordException when none was set
     */
    public static Database getDefault() {
        return Routing.defaultEngine().database();
    }

    /**
     * Sends every statement of {@code model} to this database, outside {@link #use} blocks.
     *
     * @param model the model class
     * @return this database
     */
    public Database bind(Class<? extends ActiveRecord<?>> model) {
        ModelInfo.of(model);
        Routing.bind(model, engine);
        return this;
    }

    /**
     * Removes the binding of {@code model}, so it uses the default database again.
     *
     * @param model the model class
     */
    public static void unbind(Class<? extends ActiveRecord<?>> model) {
        Routing.bind(model, null);
    }

    /**
     * Runs {@code block} with every model's statements going to this database, on this thread.
     *
     * @param block the block
     * @param <R> the block's result
     * @return the block's result
     */
    public <R> R use(Supplier<R> block) {
        return Routing.scoped(engine, block);
    }

    /**
     * Runs {@code block} with every model's statements going to this database, on this thread.
     *
     * @param block the block
     */
    public void use(Runnable block) {
        Routing.scoped(engine, () -> {
            block.run();
            return null;
        });
    }

    /**
     * Runs {@code body} in a transaction and returns its result. It commits when the block returns and
     * rolls back when it throws anything; the exception reaches the caller unchanged. A nested call
     * joins the open transaction, and a nested block that throws dooms the whole transaction.
     *
     * @param body the block
     * @param <R> its result
     * @param <X> its checked exception
     * @return the block's result
     * @throws X whatever the block threw
     */
    public <R, X extends Exception> R transaction(TransactionBody<R, X> body) throws X {
        return use(() -> sneaky(() -> engine.transaction(body)));
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
     * Registers a listener that sees every statement this database runs.
     *
     * @param listener the listener
     * @return closing it removes the listener
     */
    public AutoCloseable addListener(StatementListener listener) {
        return engine.addListener(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Runs a statement written by hand (DDL, maintenance) with bound values.
     *
     * @param sql the SQL with {@code ?} placeholders
     * @param values one value per placeholder
     * @return rows affected
     */
    public long execute(String sql, Object... values) {
        SqlBuilder builder = new SqlBuilder(engine.dialect(), null);
        builder.appendRaw(sql, Placeholders.check(sql, values));
        return engine.update(builder.build());
    }

    /**
     * Creates the tables of {@code models} from their fields, with the dialect's column types, when they
     * do not exist yet, with a foreign key constraint and an index for each BelongsTo. Give parents
     * before children. Meant for demos, tests and prototypes; production schemas belong in migrations.
     *
     * @param models the model classes
     */
    @SafeVarargs
    public final void createTables(Class<? extends ActiveRecord<?>>... models) {
        for (Class<? extends ActiveRecord<?>> model : models) {
            TableDdl.createIfMissing(engine, ModelInfo.of(model)).forEach(engine::update);
        }
    }

    /**
     * Drops the tables of {@code models} when they exist, in the order given (children before parents).
     *
     * @param models the model classes
     */
    @SafeVarargs
    public final void dropTables(Class<? extends ActiveRecord<?>>... models) {
        for (Class<? extends ActiveRecord<?>> model : models) {
            engine.update(TableDdl.drop(engine.dialect(), ModelInfo.of(model)));
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
        this.strictLoading = strict;
    }

    /**
     * Returns whether strict loading is on by default for this database.
     *
     * @return true when it is
     */
    public boolean isStrictLoading() {
        return strictLoading;
    }

    /** Closes the connection pool. */
    @Override
    public void close() {
        engine.close();
    }

    Engine engine() {
        return engine;
    }

    @Override
    public String toString() {
        return "Database[" + engine.dialect().name() + " " + url + "]";
    }

    /** Rethrows a block's checked exception unchanged through {@link Supplier}. */
    @FunctionalInterface
    private interface Checked<R> {
        R get() throws Exception;
    }

    private static <R> R sneaky(Checked<R> block) {
        try {
            return block.get();
        } catch (Exception e) {
            throw Database.<RuntimeException>rethrow(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E rethrow(Throwable e) throws E {
        throw (E) e;
    }

    /**
     * Settings for a {@link Database}; each is checked when set. Not thread-safe; the built database is.
     */
    public static final class Builder {
        private final String url;
        private String user;
        private String password;
        private int maximumPoolSize = 10;
        private boolean redactParameters;
        private boolean strictLoading;

        private Builder(String url) {
            Dialects.forUrl(Objects.requireNonNull(url, "url"));
            this.url = url;
        }

        /**
         * Sets the user.
         *
         * @param user the user
         * @return this builder
         */
        public Builder user(String user) {
            this.user = user;
            return this;
        }

        /**
         * Sets the password.
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
         */
        public Builder maximumPoolSize(int size) {
            if (size < 1) {
                throw new IllegalArgumentException("maximumPoolSize must be at least 1 but was " + size);
            }
            this.maximumPoolSize = size;
            return this;
        }

        /**
         * Hides bound values in exception messages and listener events (default false).
         *
         * @param redact true to hide them
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
         * Opens the pool.
         *
         * @return the database
         */
        public Database build() {
            return new Database(this);
        }
    }
}

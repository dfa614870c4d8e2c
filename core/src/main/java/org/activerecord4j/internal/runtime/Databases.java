package org.activerecord4j.internal.runtime;

import java.util.List;
import java.util.function.Supplier;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.InvalidArgumentException;
import org.activerecord4j.TransactionBody;
import org.activerecord4j.internal.dialect.Dialect;
import org.activerecord4j.internal.dialect.Dialects;
import org.activerecord4j.internal.dialect.UrlParameters;
import org.activerecord4j.internal.jdbc.Engine;
import org.activerecord4j.internal.jdbc.PoolSettings;
import org.activerecord4j.internal.jdbc.Routing;
import org.activerecord4j.internal.jdbc.TableCatalog;
import org.activerecord4j.internal.model.ColumnInfo;
import org.activerecord4j.internal.model.ModelInfo;
import org.activerecord4j.internal.sql.Placeholders;
import org.activerecord4j.internal.sql.RawSql;
import org.activerecord4j.internal.sql.SqlBuilder;
import org.activerecord4j.internal.sql.SqlStatement;
import org.activerecord4j.internal.sql.TableDdl;

/** The runtime's side of {@code Database}: opening one, routing models to it, its transactions and DDL. */
public final class Databases {

    private Databases() {
    }

    /**
     * Checks that a URL names a supported database, and holds no password before its host, which no driver
     * shipped reads: it takes the rest for the host or port and quotes the password in its error (and HikariCP
     * logs the URL it is given).
     *
     * @param url the JDBC URL
     * @throws org.activerecord4j.ActiveRecordException listing the supported URLs
     * @throws org.activerecord4j.InvalidArgumentException naming the URL without its password when it holds one
     *     before the host
     */
    public static void checkUrl(String url) {
        Dialect dialect = Dialects.forUrl(url);
        if (!dialect.embedded() && UrlParameters.hasPasswordBeforeHost(url)) {
            throw new InvalidArgumentException("JDBC URL " + UrlParameters.withoutPassword(url) + " holds a user and "
                    + "password before the host, which the " + dialect.name() + " driver does not read; give them with "
                    + "Database.builder(url).user(...).password(...), or as ?user=...&password=... in the URL");
        }
    }

    /**
     * Checks that a user or password given to the builder does not differ from one the URL holds: the drivers read the
     * URL's over the builder's, so the builder's would be dropped without a word. The same value in both is fine.
     *
     * @param url the JDBC URL
     * @param user the builder's user, or null
     * @param password the builder's password, or null
     * @throws InvalidArgumentException naming both users, or neither password
     */
    public static void checkCredentials(String url, String user, String password) {
        if (Dialects.forUrl(url).embedded()) {
            return;
        }
        String urlUser = UrlParameters.value(url, "user");
        if (user != null && urlUser != null && !user.equals(urlUser)) {
            throw new InvalidArgumentException("Database.builder(url).user(\"" + user + "\") names another user than the "
                    + "URL's user=" + urlUser + ", which the driver would use instead: give the user in one place ("
                    + UrlParameters.withoutPassword(url) + ")");
        }
        String urlPassword = UrlParameters.value(url, "password");
        if (password != null && urlPassword != null && !password.equals(urlPassword)) {
            throw new InvalidArgumentException("Database.builder(url).password(...) differs from the URL's password=, which "
                    + "the driver would use instead: give the password in one place (" + UrlParameters.withoutPassword(url)
                    + ")");
        }
    }

    /**
     * Opens a database's pool and its first connection.
     *
     * @param settings what the builder collected
     * @return the database's runtime
     * @throws org.activerecord4j.ActiveRecordException naming the URL (without password) when the first connection fails
     */
    public static Engine open(DatabaseSettings settings) {
        Dialect dialect = Dialects.forUrl(settings.url());
        PoolSettings pool = new PoolSettings(settings.url(), settings.user(), settings.password(), settings.maximumPoolSize(),
                settings.timeouts());
        return new Engine(pool, dialect, settings.redactParameters(), settings.slowStatementThreshold(), settings.strictLoading(),
                settings.asyncExecutor());
    }

    /**
     * Makes {@code engine} the database models use when nothing else says.
     *
     * @param engine the default, or null to clear it
     */
    public static void setDefault(Engine engine) {
        Routing.setDefault(engine);
    }

    /**
     * Sends every statement of {@code model} to {@code engine}, or back to the default when null.
     *
     * @param model the model class
     * @param engine the database, or null
     */
    public static void bind(Class<?> model, Engine engine) {
        if (engine != null) {
            ModelInfo.of(model);
        }
        Routing.bind(model, engine);
    }

    /**
     * Runs {@code block} with every model's statements going to {@code engine} on this thread.
     *
     * @param engine the database
     * @param block the block
     * @param <R> its result
     * @return the block's result
     */
    public static <R> R use(Engine engine, Supplier<R> block) {
        return Routing.scoped(engine, block);
    }

    /**
     * Runs {@code body} in a transaction on {@code engine}, with models bound to no database going there.
     *
     * @param engine the database
     * @param body the block
     * @param <R> its result
     * @param <X> its checked exception
     * @return the block's result
     * @throws X whatever the block threw
     */
    public static <R, X extends Exception> R transaction(Engine engine, TransactionBody<R, X> body) throws X {
        return Routing.transactionScope(engine, () -> Unchecked.get(() -> engine.transaction(body)));
    }

    /**
     * Runs {@code body} in a transaction on the database of its first statement.
     *
     * @param body the block
     * @param <R> its result
     * @param <X> its checked exception
     * @return the block's result
     * @throws X whatever the block threw
     */
    public static <R, X extends Exception> R transactionOnFirstUse(TransactionBody<R, X> body) throws X {
        return Engine.transactionOnFirstUse(body);
    }

    /**
     * Runs one hand-written statement with bound values.
     *
     * @param engine the database
     * @param sql the SQL
     * @param values one per placeholder
     * @return rows affected
     * @throws org.activerecord4j.UnsafeSqlException when it holds more than one statement or the counts differ
     */
    public static long execute(Engine engine, String sql, Object[] values) {
        Object[] checked = Placeholders.check(sql, RawSql.Kind.STATEMENT, values);
        SqlStatement statement = new SqlBuilder(engine.dialect(), null).appendRaw(sql, RawSql.Kind.STATEMENT, checked).build();
        return engine.update(statement);
    }

    /**
     * Creates the table of {@code model} unless it exists, with its constraints and indexes; an existing table must have
     * every column of the model.
     *
     * @param engine the database
     * @param model the model class
     * @throws ActiveRecordException naming the missing columns when the table exists without some of the model's
     */
    public static void createTable(Engine engine, Class<?> model) {
        ModelInfo<?> info = ModelInfo.of(model);
        List<String> existing = TableCatalog.columns(engine, info.table());
        if (existing == null) {
            TableDdl.create(engine.dialect(), ModelTables.of(model)).forEach(engine::update);
            return;
        }
        // Without case: SQLite and MariaDB compare column names so, and PostgreSQL folds unquoted ones to lower case.
        // A column that differs only in case on PostgreSQL is then left for the model's first statement to report.
        List<String> missing = info.columns().stream().map(ColumnInfo::name)
                .filter(column -> existing.stream().noneMatch(column::equalsIgnoreCase)).toList();
        if (!missing.isEmpty()) {
            throw new ActiveRecordException("Cannot create table " + info.table() + " of " + model.getName() + ": it exists "
                    + "without the model's columns " + String.join(", ", missing) + "; add them (a migration), or drop the "
                    + "table to have createTables make it anew");
        }
    }

    /**
     * Drops the table of {@code model} if it exists.
     *
     * @param engine the database
     * @param model the model class
     */
    public static void dropTable(Engine engine, Class<?> model) {
        engine.update(TableDdl.drop(engine.dialect(), ModelInfo.of(model).table()));
    }

    /** Lets a checked exception through a {@link Supplier} unchanged. */
    private static final class Unchecked {
        @FunctionalInterface
        interface Checked<R> {
            R get() throws Exception;
        }

        static <R> R get(Checked<R> block) {
            try {
                return block.get();
            } catch (Exception e) {
                throw Unchecked.<RuntimeException>rethrow(e);
            }
        }

        @SuppressWarnings("unchecked")
        private static <E extends Throwable> E rethrow(Throwable e) throws E {
            throw (E) e;
        }
    }
}

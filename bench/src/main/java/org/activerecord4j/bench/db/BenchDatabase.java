package org.activerecord4j.bench.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import org.activerecord4j.Database;

/**
 * The three databases the benchmarks run on, each with its own {@code ar4j_bench} database (never the
 * test suites' {@code test} databases). URLs can be overridden with system properties
 * {@code ar4j.bench.<name>.url}; the SQLite file with {@code ar4j.bench.sqlite.file}. Thread-safe.
 */
public enum BenchDatabase {

    /** An SQLite file, by default beside the benchmarks jar (bench/target). */
    SQLITE("sqlite", null, null, null, '`', 250_000),
    /** PostgreSQL on 127.0.0.1:5432, user postgres (trust). */
    POSTGRESQL("postgresql", "jdbc:postgresql://127.0.0.1:5432/ar4j_bench", "jdbc:postgresql://127.0.0.1:5432/postgres",
            "postgres", '"', 65_535),
    /** MariaDB on 127.0.0.1:3306, user root with an empty password. */
    MARIADB("mariadb", "jdbc:mariadb://127.0.0.1:3306/ar4j_bench", "jdbc:mariadb://127.0.0.1:3306/", "root", '`', 65_535);

    /** Connections in every pool the benchmarks open: activerecord4j's default, and S8's concurrency. */
    public static final int POOL_SIZE = 10;

    /** System property naming the SQLite file. */
    public static final String SQLITE_FILE_PROPERTY = "ar4j.bench.sqlite.file";

    private final String id;
    private final String defaultUrl;
    private final String serverUrl;
    private final String user;
    private final char quote;
    private final int maxParameters;

    BenchDatabase(String id, String defaultUrl, String serverUrl, String user, char quote, int maxParameters) {
        this.id = id;
        this.defaultUrl = defaultUrl;
        this.serverUrl = serverUrl;
        this.user = user;
        this.quote = quote;
        this.maxParameters = maxParameters;
    }

    /**
     * Finds a database by its short name.
     *
     * @param id {@code sqlite}, {@code postgresql} or {@code mariadb}
     * @return the database
     * @throws IllegalArgumentException naming the valid choices when there is none of that name
     */
    public static BenchDatabase byId(String id) {
        for (BenchDatabase database : values()) {
            if (database.id.equals(id.trim().toLowerCase(Locale.ROOT))) {
                return database;
            }
        }
        throw new IllegalArgumentException("Unknown database '" + id + "'; expected one of "
                + Arrays.stream(values()).map(BenchDatabase::id).toList());
    }

    /**
     * Returns the short name, also the JMH parameter value.
     *
     * @return e.g. {@code postgresql}
     */
    public String id() {
        return id;
    }

    /**
     * Returns the JDBC URL.
     *
     * @return the URL
     */
    public String url() {
        if (this == SQLITE) {
            return "jdbc:sqlite:" + sqliteFile();
        }
        return System.getProperty(urlProperty(), defaultUrl);
    }

    private String urlProperty() {
        return "ar4j.bench." + id + ".url";
    }

    /**
     * Returns the SQLite file used when no property names one: {@code ar4j_bench.db} beside the jar.
     *
     * @return the path
     */
    public static Path defaultSqliteFile() {
        try {
            Path location = Path.of(BenchDatabase.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.getParent().resolve("ar4j_bench.db").toAbsolutePath();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return Path.of("ar4j_bench.db").toAbsolutePath();
        }
    }

    private static String sqliteFile() {
        return System.getProperty(SQLITE_FILE_PROPERTY, defaultSqliteFile().toString());
    }

    /**
     * Returns the identifier quote character, as activerecord4j's dialect uses it.
     *
     * @return {@code "} or {@code `}
     */
    public char quote() {
        return quote;
    }

    /**
     * Returns the most bind parameters one statement may carry, as activerecord4j's dialect states it.
     *
     * @return the limit
     */
    public int maxParameters() {
        return maxParameters;
    }

    /**
     * Opens an activerecord4j database on this URL, with a pool of {@link #POOL_SIZE} connections and the
     * default async executor (on JDK 17, as many platform threads as connections).
     *
     * @return the database; close it
     */
    public Database openActiveRecord() {
        return Database.builder(url()).user(user).password(user == null ? null : "").maximumPoolSize(POOL_SIZE).build();
    }

    /**
     * Opens a HikariCP pool configured as activerecord4j configures its own (same URL and, for SQLite,
     * the same pragmas), for the JDBC and Hibernate implementations.
     *
     * @return the pool; close it
     */
    public HikariDataSource openPool() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url());
        config.setUsername(user);
        config.setPassword(user == null ? null : "");
        config.setPoolName("bench-" + id);
        config.setMaximumPoolSize(POOL_SIZE);
        if (this == SQLITE) {
            config.addDataSourceProperty("foreign_keys", "true");
            config.addDataSourceProperty("busy_timeout", "10000");
            config.addDataSourceProperty("journal_mode", "WAL");
        }
        return new HikariDataSource(config);
    }

    /**
     * Opens one unpooled connection, for data generation and checks.
     *
     * @return the connection; close it
     * @throws SQLException when the database cannot be reached
     */
    public Connection connect() throws SQLException {
        return connect(url());
    }

    private Connection connect(String url) throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
            properties.setProperty("password", "");
        }
        if (this == POSTGRESQL) {
            // Generation only: pgJDBC sends a batch as multi-row INSERTs.
            properties.setProperty("reWriteBatchedInserts", "true");
        }
        // Three seconds: pgJDBC counts this setting in seconds, MariaDB Connector/J in milliseconds.
        properties.setProperty("connectTimeout", this == MARIADB ? "3000" : "3");
        return DriverManager.getConnection(url, properties);
    }

    /**
     * Returns whether the server answers (always true for SQLite). On the default URL, a server without
     * the {@code ar4j_bench} database gets it created first.
     *
     * @return true when a connection can be opened
     */
    public boolean reachable() {
        if (answers()) {
            return true;
        }
        if (serverUrl == null || System.getProperty(urlProperty()) != null) {
            return false;
        }
        try (Connection server = connect(serverUrl); Statement statement = server.createStatement()) {
            statement.execute(this == MARIADB ? "CREATE DATABASE IF NOT EXISTS ar4j_bench CHARACTER SET utf8mb4"
                    : "CREATE DATABASE ar4j_bench");
        } catch (SQLException e) {
            return false;
        }
        return answers();
    }

    private boolean answers() {
        try (Connection connection = connect()) {
            return connection.isValid(3);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Returns the server's version string.
     *
     * @return e.g. {@code PostgreSQL 15.2 …}, or {@code SQLite 3.51.1}
     * @throws SQLException when the query fails
     */
    public String version() throws SQLException {
        String sql = this == SQLITE ? "SELECT 'SQLite ' || sqlite_version()" : "SELECT version()";
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            String version = row.getString(1);
            return this == MARIADB ? "MariaDB " + version : version;
        }
    }

    /**
     * Rewrites SQL written with double-quoted identifiers for this database's quote character.
     *
     * @param sql SQL whose only double quotes are identifier quotes
     * @return the SQL for this database
     */
    public String sql(String sql) {
        return quote == '"' ? sql : sql.replace('"', quote);
    }
}

package org.activerecord4j.testing;

import java.util.Locale;

/**
 * A database server the suite creates its run's database on, and how to reach it: a JDBC URL of a
 * database the user may connect to and run {@code CREATE DATABASE} from, a user and a password, each
 * overridable by an environment variable ({@code AR4J_TEST_POSTGRESQL_URL}, {@code _USER},
 * {@code _PASSWORD}; likewise {@code AR4J_TEST_MARIADB_*}).
 */
public enum Server {
    POSTGRESQL("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres",
            "CREATE DATABASE %s", "DROP DATABASE IF EXISTS %s WITH (FORCE)",
            "SELECT datname FROM pg_database WHERE datname LIKE 'ar4j\\_test\\_%'"),
    MARIADB("jdbc:mariadb://127.0.0.1:3306/", "root",
            "CREATE DATABASE %s CHARACTER SET utf8mb4", "DROP DATABASE IF EXISTS %s",
            "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 'ar4j\\_test\\_%'");

    private final String defaultUrl;
    private final String defaultUser;
    final String createDatabase;
    final String dropDatabase;
    final String listRunDatabases;

    Server(String defaultUrl, String defaultUser, String createDatabase, String dropDatabase, String listRunDatabases) {
        this.defaultUrl = defaultUrl;
        this.defaultUser = defaultUser;
        this.createDatabase = createDatabase;
        this.dropDatabase = dropDatabase;
        this.listRunDatabases = listRunDatabases;
    }

    /**
     * Returns the URL the suite connects to for creating and dropping its run's database.
     *
     * @return {@code AR4J_TEST_<SERVER>_URL}, or the local default
     */
    public String adminUrl() {
        return setting("URL", defaultUrl);
    }

    /**
     * Returns the user for every connection to this server.
     *
     * @return {@code AR4J_TEST_<SERVER>_USER}, or the local default
     */
    public String user() {
        return setting("USER", defaultUser);
    }

    /**
     * Returns the password for every connection to this server.
     *
     * @return {@code AR4J_TEST_<SERVER>_PASSWORD}, or empty
     */
    public String password() {
        return setting("PASSWORD", "");
    }

    /**
     * Returns the environment variable that overrides one setting.
     *
     * @param setting {@code URL}, {@code USER} or {@code PASSWORD}
     * @return e.g. {@code AR4J_TEST_POSTGRESQL_URL}
     */
    public String variable(String setting) {
        return "AR4J_TEST_" + name() + "_" + setting.toUpperCase(Locale.ROOT);
    }

    private String setting(String setting, String fallback) {
        String value = System.getenv(variable(setting));
        return value == null || value.isEmpty() ? fallback : value;
    }
}

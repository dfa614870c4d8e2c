package org.activerecord4j.internal.dialect;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.activerecord4j.InvalidArgumentException;
import org.activerecord4j.internal.dialect.Lexicon.Feature;
import org.activerecord4j.internal.types.Handlers;
import org.activerecord4j.internal.types.TypeMapping;

/** The three supported dialects and the choice of one from a JDBC URL. */
public final class Dialects {

    private Dialects() {
    }

    /**
     * SQLite: dates as text, decimals as fixed-width text that sorts in numeric order (its NUMERIC affinity
     * would round them to a double), keys through {@code RETURNING} (its driver returns one key per batch at
     * most), 100 prepared statements kept per connection (its driver compiles every {@code prepareStatement}
     * afresh). Transactions begin {@code IMMEDIATE}, so two writers wait for each other (busy timeout = the
     * lock timeout) instead of failing with {@code SQLITE_BUSY}, and commit by switching auto-commit back on (the
     * driver's {@code commit()} would begin the next one at once). NaN would be stored as NULL. Years 1 to 9999.
     * 250,000 values per statement: sqlite-jdbc builds SQLite with {@code SQLITE_MAX_VARIABLE_NUMBER=250000} (SQLite's
     * own default is 32,766); its 1,000,000-byte limit on a statement's text still leaves room for that many
     * {@code ", ?"}.
     * Identifiers in backquotes: SQLite reads a double-quoted name that is no column as a string literal (its
     * "double-quoted string literal" quirk), so a model's field that its table lacks would read back its own name and
     * compare as that text in a condition (and a {@code CREATE INDEX} on it would index that constant); a backquoted
     * one fails with "no such column" as on the servers. The driver cannot turn the quirk off: it exposes neither
     * {@code sqlite3_db_config(SQLITE_DBCONFIG_DQS_DML)} nor a setting for it, and SQLite has no pragma for it.
     */
    public static final Dialect SQLITE = Dialect.builder("sqlite")
            .quote('`')
            .embedded(true)
            .commitsThroughAutoCommit(true)
            .rollbackAfterRefusedCommit("ROLLBACK")
            .maxParameters(250_000)
            .keyRetrieval(KeyRetrieval.RETURNING)
            .supportsBatchKeys(false)
            .types(TypeMapping.builder()
                    .map(Integer.class, Handlers.INTEGER_OF_64_BITS, "INTEGER")
                    .map(Short.class, Handlers.SHORT_OF_64_BITS, "SMALLINT")
                    .map(Double.class, Handlers.DOUBLE, "REAL")
                    .decimals(Handlers::sortableDecimalText, "TEXT")
                    .map(LocalDate.class, Handlers.DATE_AS_TEXT, "TEXT")
                    .map(LocalDateTime.class, Handlers.DATETIME_AS_TEXT, "TEXT")
                    .instants(Handlers.INSTANT_AS_TEXT, "TEXT")
                    .times(Handlers.TIME_AS_TEXT)
                    .build())
            .generatedKeyDdl("INTEGER PRIMARY KEY AUTOINCREMENT")
            .noLimit("-1")
            .statementCacheSize(100)
            .nonFiniteDoubles(false, true)
            .years(1, 9999) // text of four-digit years: +10000-01-01 would sort before 2026-01-01
            .altersConstraints(false)
            .singleConnectionUrl(Dialects::sqliteInMemory)
            .lexicon(Lexicon.of(Feature.BACKTICK_IDENTIFIERS, Feature.BRACKET_IDENTIFIERS, Feature.NAMED_PARAMETERS))
            .beginStatement("BEGIN IMMEDIATE") // transaction_mode below
            .cursorHoldsSnapshot(true)
            .driverSettings((url, timeouts, properties) -> {
                properties.put("foreign_keys", "true");
                // sqlite-jdbc takes a property over the URL's pragma: a journal mode the URL names (DELETE for a file
                // on a network share, where WAL does not work) is left to it.
                if (!sqliteInMemory(url) && UrlParameters.raw(url, "journal_mode") == null) {
                    properties.put("journal_mode", "WAL");
                }
                properties.put("transaction_mode", "IMMEDIATE");
                properties.put("busy_timeout", Long.toString(orLargest(timeouts.lock().toMillis(), Integer.MAX_VALUE)));
            })
            .build();

    /**
     * PostgreSQL: native uuid, bytea, timestamptz; no NUL character (U+0000) in text, which the server refuses
     * ("invalid byte sequence for encoding"); a statement binds at most 65,535 values (the protocol's unsigned
     * 16-bit count, which pgJDBC accepts since 42.4.0; older drivers stop at 32,767). 100 prepared
     * statements kept per connection: pgJDBC keeps the server's plan itself, but building its statement and the
     * pool's wrapper around it anew cost S2's lookups a sixth of their CPU time.
     */
    public static final Dialect POSTGRESQL = Dialect.builder("postgresql")
            .maxParameters(65_535)
            .keyRetrieval(KeyRetrieval.RETURNING)
            .types(TypeMapping.builder()
                    .map(UUID.class, Handlers.UUID_NATIVE, "UUID")
                    .map(byte[].class, Handlers.BYTES, "BYTEA")
                    .map(BigDecimal.class, Handlers.DECIMAL, "NUMERIC(%p,%s)")
                    .build())
            .generatedKeyDdl("%t GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
            .noLimit("ALL")
            .statementCacheSize(100)
            .cursorNeedsTransaction(true)
            .failedStatementAbortsTransaction(true)
            .nullsSortAsLargest(true)
            .maxIdentifierLength(63)
            .nonFiniteDoubles(true, true)
            .nulInText(false)
            .years(-4712, 294_276) // timestamp's range (4713 BC to 294276 AD); beyond it java.time fails in the driver
            .lexicon(Lexicon.of(Feature.ESCAPE_STRINGS, Feature.DOLLAR_QUOTES, Feature.NESTED_BLOCK_COMMENTS,
                    Feature.QUESTION_MARK_OPERATORS))
            // The server's DETAIL and WHERE lines quote values ("Key (email)=(a@b.c) already exists").
            .redactingProperties(Map.of("logServerErrorDetail", "false"))
            // So does the message itself where a value cannot be read, unescaped: 'invalid input syntax for type
            // uuid: "x"' (integer, timestamp, enum, date/time field, malformed array or record literal…),
            // 'value "x" is out of range for type integer', '"x" is out of range for type double precision',
            // 'time zone "x" not recognized', to_date's 'invalid value "x" for "YYYY"'. Matches run to the last
            // quote before the words that follow the value, so a quote inside it does not end it early.
            .valuesInErrors(Pattern.compile("(?<=: )\"(?s:.*)\"(?=$| is out of range| is not a valid)"
                    + "|(?<=value )\"(?s:.*)\"(?= is out of range| for \")"
                    + "|(?<=zone |unit |units )\"(?s:.*)\"(?= not recognized)"))
            // The URL's own options would replace the property's: they join it instead, after the timeouts.
            .driverUrl(url -> UrlParameters.without(url, "options"))
            .driverSettings((url, timeouts, properties) -> {
                properties.put("connectTimeout", Long.toString(Timeouts.seconds(timeouts.connect())));
                properties.put("loginTimeout", Long.toString(Timeouts.seconds(timeouts.connect())));
                properties.put("socketTimeout", Long.toString(Timeouts.seconds(timeouts.socket())));
                String own = UrlParameters.decoded(url, "options");
                properties.put("options", "-c statement_timeout=" + timeouts.statement().toMillis()
                        + " -c lock_timeout=" + timeouts.lock().toMillis() + (own == null ? "" : " " + own));
            })
            .build();

    /**
     * MariaDB and MySQL: backquotes, UTC datetimes for instants, keys from {@code getGeneratedKeys()}.
     * Datetimes are read in UTC: read in the JVM's zone, the driver moves a wall-clock time in its daylight-saving gap.
     * 65,535 values per statement: the server's limit on a prepared statement's placeholders (the text protocol,
     * which sends the values inline, has none, but the same database may be used either way).
     * Floats go in {@code REAL} (a double here): the driver sends a float as its double value, which a
     * 4-byte {@code FLOAT} column refuses for {@code Float.MAX_VALUE}. No NaN or infinity: the driver
     * writes them as bare words the server reads as column names. 100 prepared statements kept per connection:
     * the driver parses every {@code prepareStatement} afresh; it also keeps a statement's last result, rows and
     * all, until the statement runs again, so a kept statement drops it when given back.
     * String primary-key and foreign-key columns are {@code utf8mb4_nopad_bin}, so they compare as Java's
     * {@code String.equals} does: the default collation ({@code utf8mb4_general_ci}, PAD SPACE) takes 'ABC' and 'abc '
     * for 'abc'. Both sides of a foreign key get it (MariaDB refuses a foreign key whose collation differs from its
     * key's); other text keeps the default, which ignores case in searches as Rails users on MySQL expect. It is written
     * in a MariaDB-only comment ({@code /*M! … *}{@code /}), since MySQL, which runs this DDL too, lacks that collation
     * (its exact one is {@code utf8mb4_0900_bin}) and skips the comment.
     */
    public static final Dialect MARIADB = Dialect.builder("mariadb")
            .quote('`')
            .maxParameters(65_535)
            .keyRetrieval(KeyRetrieval.GENERATED_KEYS)
            .types(TypeMapping.builder()
                    .map(Double.class, Handlers.DOUBLE, "DOUBLE")
                    .map(String.class, Handlers.STRING, "LONGTEXT")
                    .map(byte[].class, Handlers.BYTES, "LONGBLOB")
                    .map(LocalDateTime.class, Handlers.DATETIME_READ_IN_UTC, "DATETIME(6)")
                    .instants(Handlers.INSTANT_AS_UTC_DATETIME, "DATETIME(6)")
                    .build())
            .generatedKeyDdl("%t AUTO_INCREMENT PRIMARY KEY")
            .tableOptions(" ENGINE=InnoDB DEFAULT CHARSET=utf8mb4")
            .keyStringDdl("VARCHAR(255)")
            .exactKeyCollation(" /*M! COLLATE utf8mb4_nopad_bin */")
            .noLimit("18446744073709551615")
            .defaultValues("() VALUES ()") // no DEFAULT VALUES
            .statementCacheSize(100)
            .keepsLastResult(true)
            .queriesBesideCursor(false)
            .maxIdentifierCharacters(64)
            .caseInsensitiveTableNames(true)
            .nonFiniteDoubles(false, false)
            .years(1, 9999) // DATE and DATETIME end there: the binary protocol stores a later one as NULL
            .lexicon(Lexicon.of(Feature.BACKTICK_IDENTIFIERS, Feature.BACKSLASH_ESCAPES, Feature.DOUBLE_QUOTED_STRINGS,
                    Feature.HASH_COMMENTS, Feature.EXECUTABLE_COMMENTS, Feature.SPACED_DASH_COMMENTS))
            // The server commits the open transaction before these (its "implicit commit"), even when they then fail:
            // schema changes (a temporary table's aside), account changes, table maintenance, LOCK TABLES, and a new
            // or committed transaction. @@in_transaction is 0 after one until a statement reads or writes a table.
            .implicitCommits(Pattern.compile("\\s*(?:(?:CREATE(?:\\s+OR\\s+REPLACE)?+|DROP)(?!\\s+TEMPORARY\\b)"
                    + "|ALTER|RENAME|TRUNCATE|GRANT|REVOKE|ANALYZE|OPTIMIZE|REPAIR|LOCK|FLUSH|BEGIN|START\\s+TRANSACTION"
                    + "|COMMIT)\\b", Pattern.CASE_INSENSITIVE), "SELECT @@in_transaction")
            // "Duplicate entry 'a@b.c' for key 'email'", "Incorrect integer value: 'x' for column 'age'",
            // "Truncated incorrect DOUBLE value: 'x'". The server quotes the value as it is (a quote or backslash
            // in it unescaped): a match runs to the last quote before the words that follow the value.
            .valuesInErrors(Pattern.compile("(?<=entry )'(?s:.*)'(?= for key )"
                    + "|(?<=value: |zone: )'(?s:.*)'(?= for column |$)|(?<=string )'(?s:.*)'(?= from )"))
            // The URL's own sessionVariables would replace the property's: they join it instead, after the timeouts.
            // An UPDATE reports the rows it matched, which save() reads as "the row exists", whatever the URL's
            // useAffectedRows says (with it, an UPDATE writing the values a row holds would report none).
            .driverUrl(url -> mysqlSchemePermitted(UrlParameters.without(UrlParameters.without(url, "sessionVariables"),
                    "useAffectedRows")))
            .driverSettings((url, timeouts, properties) -> {
                properties.put("useAffectedRows", "false");
                properties.put("connectTimeout", Long.toString(timeouts.connect().toMillis()));
                properties.put("socketTimeout", Long.toString(timeouts.socket().toMillis()));
                long lockSeconds = orLargest(Timeouts.seconds(timeouts.lock()), 31_536_000);
                String own = UrlParameters.raw(url, "sessionVariables");
                properties.put("sessionVariables", "max_statement_time=" + timeouts.statement().toMillis() / 1000.0
                        + ",innodb_lock_wait_timeout=" + lockSeconds + ",lock_wait_timeout=" + lockSeconds
                        + (own == null ? "" : "," + own));
            })
            .build();

    /** The names the schema writer takes, each with the dialect its DDL is written in (MySQL writes MariaDB's). */
    private static final Map<String, Dialect> BY_NAME = orderedNames();

    private static Map<String, Dialect> orderedNames() {
        Map<String, Dialect> names = new LinkedHashMap<>();
        names.put("sqlite", SQLITE);
        names.put("postgresql", POSTGRESQL);
        names.put("mariadb", MARIADB);
        names.put("mysql", MARIADB);
        return Collections.unmodifiableMap(names);
    }

    /**
     * Chooses a dialect by name, for writing DDL.
     *
     * @param name {@code sqlite}, {@code postgresql}, {@code mariadb} or {@code mysql}
     * @return the dialect
     * @throws InvalidArgumentException naming the choices when there is none of that name
     */
    public static Dialect named(String name) {
        Dialect dialect = BY_NAME.get(name);
        if (dialect == null) {
            throw new InvalidArgumentException("Unknown dialect '" + name + "'; choose one of: " + String.join(", ", names()));
        }
        return dialect;
    }

    /**
     * Returns the names {@link #named} takes.
     *
     * @return the names, in order
     */
    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    /**
     * Chooses the dialect of a JDBC URL.
     *
     * @param jdbcUrl the URL
     * @return the dialect
     * @throws InvalidArgumentException when the URL names no supported database (quoting it without its password)
     */
    public static Dialect forUrl(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        if (jdbcUrl.startsWith("jdbc:mariadb:") || jdbcUrl.startsWith("jdbc:mysql:")) {
            return MARIADB;
        }
        throw new InvalidArgumentException("Unsupported JDBC URL '" + UrlParameters.withoutPassword(jdbcUrl)
                + "'; supported: jdbc:sqlite:, jdbc:postgresql:, jdbc:mariadb:, jdbc:mysql:");
    }

    /**
     * Whether a SQLite URL names no file of its own, so that each connection to it is a database of its own: an
     * in-memory one ({@code :memory:}, {@code file::memory:}, {@code file:name?mode=memory}) or, with no file name
     * ({@code jdbc:sqlite:}), a temporary one.
     */
    private static boolean sqliteInMemory(String url) {
        String address = url.substring("jdbc:sqlite:".length());
        int parameters = address.indexOf('?');
        String file = parameters < 0 ? address : address.substring(0, parameters);
        return file.isEmpty() || address.contains(":memory:") || address.contains("mode=memory");
    }

    /** MariaDB Connector/J takes a {@code jdbc:mysql:} URL only when the URL says {@code permitMysqlScheme}. */
    private static String mysqlSchemePermitted(String url) {
        if (!url.startsWith("jdbc:mysql:") || url.contains("permitMysqlScheme")) {
            return url;
        }
        String separator = url.endsWith("?") || url.endsWith("&") ? "" : url.indexOf('?') >= 0 ? "&" : "?";
        return url + separator + "permitMysqlScheme";
    }

    /** A wait for a setting whose zero does not mean "no limit": zero becomes the largest value it takes. */
    private static long orLargest(long wait, long largest) {
        return wait == 0 ? largest : Math.min(wait, largest);
    }
}

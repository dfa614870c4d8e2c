package org.activerecord4j.internal.dialect;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.activerecord4j.ModelDefinitionException;
import org.activerecord4j.internal.types.TypeMapping;

/**
 * What differs between databases, stated as named data: identifier quoting, the bind-parameter limit,
 * how generated keys come back, how each Java type is stored, the DDL of an auto-increment key, how a
 * cursor streams, which values a column cannot hold, how raw SQL is lexed and how timeouts reach the
 * driver. Built once per database with {@link #builder(String)}; immutable and thread-safe.
 *
 * <pre>{@code
 * Dialect sqlite = Dialect.builder("sqlite").quote('`').maxParameters(32_766).keyRetrieval(KeyRetrieval.RETURNING)…build();
 * }</pre>
 */
public final class Dialect {

    /** Quoted identifiers by dialect: every statement quotes the same few table and column names again. */
    private static final PerDialect<Map<String, String>> QUOTED = new PerDialect<>();

    /** Bounds the memo should identifiers ever come from somewhere unbounded. */
    private static final int MAX_QUOTED = 10_000;
    /** Stands for the key's column type in {@link Builder#generatedKeyDdl}. */
    private static final String KEY_TYPE = "%t";

    private final String name;
    private final char quote;
    private final int maxParameters;
    private final KeyRetrieval keyRetrieval;
    private final boolean supportsBatchKeys;
    private final TypeMapping types;
    private final String generatedKeyDdl;
    private final String tableOptions;
    private final String keyStringDdl;
    private final String exactKeyCollation;
    private final int keyStringLength;
    private final String noLimit;
    private final String defaultValues;
    private final boolean queriesBesideCursor;
    private final boolean cursorNeedsTransaction;
    private final boolean cursorHoldsSnapshot;
    private final int statementCacheSize;
    private final boolean keepsLastResult;
    private final boolean failedStatementAbortsTransaction;
    private final boolean storesNaN;
    private final boolean storesInfinity;
    private final boolean storesNulInText;
    private final int firstYear;
    private final int lastYear;
    private final Lexicon lexicon;
    private final DriverSettings driverSettings;
    private final UnaryOperator<String> driverUrl;
    private final Predicate<String> singleConnectionUrl;
    private final boolean embedded;
    private final String beginStatement;
    private final boolean commitsThroughAutoCommit;
    private final String rollbackAfterRefusedCommit;
    private final Pattern implicitCommit;
    private final String openTransactionQuery;
    private final int maxIdentifierLength;
    private final boolean identifierLengthInCharacters;
    private final boolean altersConstraints;
    private final boolean caseInsensitiveTableNames;
    private final boolean nullsSortAsLargest;
    private final Map<String, String> redactingProperties;
    private final Pattern valuesInErrors;

    private Dialect(Builder builder) {
        this.name = builder.name;
        this.quote = builder.quote;
        this.maxParameters = builder.maxParameters;
        this.keyRetrieval = Objects.requireNonNull(builder.keyRetrieval, "keyRetrieval");
        this.supportsBatchKeys = builder.supportsBatchKeys;
        this.types = Objects.requireNonNull(builder.types, "types");
        this.generatedKeyDdl = Objects.requireNonNull(builder.generatedKeyDdl, "generatedKeyDdl");
        this.tableOptions = builder.tableOptions;
        this.keyStringDdl = builder.keyStringDdl;
        this.exactKeyCollation = builder.exactKeyCollation;
        Matcher length = Pattern.compile("\\((\\d+)\\)").matcher(keyStringDdl);
        this.keyStringLength = length.find() ? Integer.parseInt(length.group(1)) : 0;
        this.noLimit = Objects.requireNonNull(builder.noLimit, "noLimit");
        this.defaultValues = builder.defaultValues;
        this.queriesBesideCursor = builder.queriesBesideCursor;
        this.cursorNeedsTransaction = builder.cursorNeedsTransaction;
        this.cursorHoldsSnapshot = builder.cursorHoldsSnapshot;
        this.statementCacheSize = builder.statementCacheSize;
        this.keepsLastResult = builder.keepsLastResult;
        this.failedStatementAbortsTransaction = builder.failedStatementAbortsTransaction;
        this.storesNaN = builder.storesNaN;
        this.storesInfinity = builder.storesInfinity;
        this.storesNulInText = builder.storesNulInText;
        this.firstYear = builder.firstYear;
        this.lastYear = builder.lastYear;
        this.lexicon = Objects.requireNonNull(builder.lexicon, "lexicon");
        this.driverSettings = Objects.requireNonNull(builder.driverSettings, "driverSettings");
        this.driverUrl = Objects.requireNonNull(builder.driverUrl, "driverUrl");
        this.singleConnectionUrl = builder.singleConnectionUrl;
        this.embedded = builder.embedded;
        this.beginStatement = builder.beginStatement;
        this.commitsThroughAutoCommit = builder.commitsThroughAutoCommit;
        this.rollbackAfterRefusedCommit = builder.rollbackAfterRefusedCommit;
        this.implicitCommit = builder.implicitCommit;
        this.openTransactionQuery = builder.openTransactionQuery;
        this.maxIdentifierLength = builder.maxIdentifierLength;
        this.identifierLengthInCharacters = builder.identifierLengthInCharacters;
        this.altersConstraints = builder.altersConstraints;
        this.redactingProperties = Map.copyOf(builder.redactingProperties);
        this.valuesInErrors = builder.valuesInErrors;
        this.caseInsensitiveTableNames = builder.caseInsensitiveTableNames;
        this.nullsSortAsLargest = builder.nullsSortAsLargest;
    }

    /**
     * Starts describing a database.
     *
     * @param name the short name, e.g. {@code sqlite}
     * @return a builder with the standard-SQL defaults
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** @return the short name: {@code sqlite}, {@code postgresql} or {@code mariadb} */
    public String name() {
        return name;
    }

    /** @return the identifier quote character */
    public char quoteCharacter() {
        return quote;
    }

    /** @return the most bind parameters one statement may carry */
    public int maxParameters() {
        return maxParameters;
    }

    /** @return how generated keys come back */
    public KeyRetrieval keyRetrieval() {
        return keyRetrieval;
    }

    /** @return whether a JDBC batch returns every generated key */
    public boolean supportsBatchKeys() {
        return supportsBatchKeys;
    }

    /** @return how Java types are stored */
    public TypeMapping types() {
        return types;
    }

    /**
     * Returns the column definition of a key the database generates, declared with the column type of the key's
     * own Java type, so that a foreign key of the same Java type matches it (MariaDB/MySQL refuse a foreign key
     * whose integer type differs from the key's).
     *
     * @param keyType the key's boxed Java type, {@code Long} or {@code Integer}
     * @return e.g. {@code BIGINT AUTO_INCREMENT PRIMARY KEY}, or {@code INTEGER AUTO_INCREMENT PRIMARY KEY}
     */
    public String generatedKeyDdl(Class<?> keyType) {
        return generatedKeyDdl.replace(KEY_TYPE, types.ddl(keyType, 0, 0));
    }

    /** @return text appended to CREATE TABLE (storage engine, character set) */
    public String tableOptions() {
        return tableOptions;
    }

    /** @return the type of a {@code String} column that is a key or is indexed */
    public String keyStringDdl() {
        return keyStringDdl;
    }

    /**
     * Returns what follows the type of a {@code String} primary-key or foreign-key column so that it compares as Java's
     * {@code String.equals} does (case, accents and trailing spaces count), the same on both sides of a foreign key.
     *
     * @return e.g. {@code COLLATE utf8mb4_nopad_bin} in a MariaDB-only comment, with a leading space; empty where text
     *     compares exactly by default
     */
    public String exactKeyCollation() {
        return exactKeyCollation;
    }

    /**
     * Returns the most characters {@link #keyStringDdl()} holds: what a unique, key or foreign key {@code String} column
     * without {@code @Column(length)} holds on this database.
     *
     * @return e.g. 255 for {@code VARCHAR(255)}, or 0 when the type has no limit ({@code TEXT})
     */
    public int keyStringLength() {
        return keyStringLength;
    }

    /** @return the LIMIT value meaning "no limit", for an OFFSET without a LIMIT */
    public String noLimit() {
        return noLimit;
    }

    /** @return what follows the table's name in an INSERT of a row of column defaults only (no column named) */
    public String defaultValues() {
        return defaultValues;
    }

    /**
     * Returns whether a connection runs other queries while a cursor on it is open without first reading
     * the cursor's remaining rows into memory.
     *
     * @return true for SQLite and PostgreSQL
     */
    public boolean queriesBesideCursor() {
        return queriesBesideCursor;
    }

    /**
     * Returns whether the driver streams a result only inside a transaction (PostgreSQL reads the whole
     * result at once in auto-commit mode).
     *
     * @return true when a cursor must turn auto-commit off
     */
    public boolean cursorNeedsTransaction() {
        return cursorNeedsTransaction;
    }

    /**
     * Returns whether an open cursor reads a snapshot of the database from its start that a write on its connection
     * cannot move past once another connection has committed (SQLite in WAL mode refuses that write at once with
     * {@code SQLITE_BUSY}, without waiting), so that a write beside a cursor should take a connection of its own.
     *
     * @return true for SQLite
     */
    public boolean cursorHoldsSnapshot() {
        return cursorHoldsSnapshot;
    }

    /** @return prepared statements kept open per connection and reused by SQL; 0 where the driver caches them */
    public int statementCacheSize() {
        return statementCacheSize;
    }

    /**
     * Returns whether the driver keeps a statement's last result, rows and all, after the result set is closed and
     * until the statement runs again (MariaDB's does), so that a statement kept open for reuse must first be moved
     * past it ({@code getMoreResults()}), or it would hold that query's rows for as long as it is cached.
     *
     * @return true when a kept statement must drop its last result
     */
    public boolean keepsLastResult() {
        return keepsLastResult;
    }

    /**
     * Returns whether a failed statement aborts its whole transaction (PostgreSQL: every later statement is refused
     * and a COMMIT is answered with a ROLLBACK, which pgJDBC does not report), rather than undoing only itself.
     *
     * @return true when a transaction in which a statement failed can no longer commit
     */
    public boolean failedStatementAbortsTransaction() {
        return failedStatementAbortsTransaction;
    }

    /** @return whether a floating-point column stores NaN as NaN (not NULL, not an error) */
    public boolean storesNaN() {
        return storesNaN;
    }

    /** @return whether a floating-point column stores the infinities */
    public boolean storesInfinity() {
        return storesInfinity;
    }

    /** @return whether a text column stores the NUL character (U+0000) */
    public boolean storesNulInText() {
        return storesNulInText;
    }

    /** @return the first year a date or time column stores (ISO years: 0 is 1 BC) */
    public int firstYear() {
        return firstYear;
    }

    /** @return the last year a date or time column stores (and, for text, keeps in order) */
    public int lastYear() {
        return lastYear;
    }

    /** @return how SQL text is lexed: quotes, comments, escapes */
    public Lexicon lexicon() {
        return lexicon;
    }

    /**
     * Returns the driver and session properties for a connection to {@code url} that apply {@code timeouts}
     * and, when {@code redactValues}, keep the server's error details (which quote values) out of the driver's
     * exceptions.
     *
     * @param url the JDBC URL
     * @param timeouts the timeouts
     * @param redactValues whether the database hides bound values from messages
     * @return property names and values for the JDBC driver
     */
    public Map<String, String> driverProperties(String url, Timeouts timeouts, boolean redactValues) {
        Map<String, String> properties = new java.util.LinkedHashMap<>();
        driverSettings.apply(url, timeouts, properties);
        if (redactValues) {
            properties.putAll(redactingProperties);
        }
        return properties;
    }

    /**
     * Returns the URL to give the JDBC driver for a database the application named by {@code url}.
     *
     * @param url the JDBC URL the application gave
     * @return the URL the driver this library ships accepts for it (usually {@code url} itself)
     */
    public String driverUrl(String url) {
        return driverUrl.apply(url);
    }

    /**
     * Returns the driver's error message with the values it quotes (a duplicate key, say) replaced by {@code ?}
     * in the same quotes: {@code '?'} or {@code "?"}.
     *
     * @param message the driver's message
     * @return the message without values; the same string when it quotes none
     */
    public String withoutValues(String message) {
        if (valuesInErrors == null || message == null) {
            return message;
        }
        return valuesInErrors.matcher(message).replaceAll(quoted -> {
            String quote = quoted.group().substring(0, 1);
            return Matcher.quoteReplacement(quote + "?" + quote);
        });
    }

    /**
     * Returns whether the database runs inside this process, so no server can close a connection.
     *
     * @return true for SQLite
     */
    public boolean embedded() {
        return embedded;
    }

    /**
     * Returns the statement the driver runs when auto-commit goes off, which can fail as a statement does (SQLite's
     * {@code BEGIN IMMEDIATE} waits for the database's write lock, up to the lock timeout).
     *
     * @return the statement, or null where switching auto-commit off waits for no lock (the transaction's first
     *     statement begins it, or the switch is a session setting)
     */
    public String beginStatement() {
        return beginStatement;
    }

    /**
     * Returns whether a transaction commits by switching auto-commit back on (one COMMIT) rather than with
     * {@code Connection.commit()}: SQLite's driver begins the next transaction inside {@code commit()}, right after
     * the COMMIT, and that BEGIN IMMEDIATE can fail ({@code SQLITE_BUSY}, another writer took the lock in between)
     * after the transaction committed.
     *
     * @return true for SQLite
     */
    public boolean commitsThroughAutoCommit() {
        return commitsThroughAutoCommit;
    }

    /**
     * Returns the statement that rolls back a transaction whose COMMIT through auto-commit
     * ({@link #commitsThroughAutoCommit()}) the database refused, where the driver then refuses
     * {@code Connection.rollback()}: sqlite-jdbc notes auto-commit on before its COMMIT runs, so after a refused one (a
     * deferred foreign key that still fails) it answers "database in auto-commit mode", while SQLite keeps the
     * transaction open.
     *
     * @return the statement, or null where {@code Connection.rollback()} rolls back after a refused COMMIT
     */
    public String rollbackAfterRefusedCommit() {
        return rollbackAfterRefusedCommit;
    }

    /**
     * Returns whether {@code sql} commits the transaction it runs in, before it runs (even when it then fails), as a
     * schema change does on MariaDB; where schema changes are transactional, none does.
     *
     * @param sql a statement's text
     * @return true for such a statement
     */
    public boolean commitsImplicitly(String sql) {
        return implicitCommit != null && implicitCommit.matcher(sql).lookingAt();
    }

    /**
     * Returns the query whose one value says whether the connection's transaction is still open (non-zero) or was
     * committed by a statement inside it ({@link #commitsImplicitly}; zero until the next statement that reads or
     * writes a table begins a new one).
     *
     * @return the query, or null where no statement commits the transaction it runs in
     */
    public String openTransactionQuery() {
        return openTransactionQuery;
    }

    /**
     * Returns the longest name of a table, column, constraint or index: in bytes of UTF-8, or in characters where
     * {@link #identifierLengthInCharacters()}. Generated constraint and index names are kept within it counted in
     * bytes, which is within it either way.
     *
     * @return the limit
     */
    public int maxIdentifierLength() {
        return maxIdentifierLength;
    }

    /** @return whether {@link #maxIdentifierLength()} counts characters (MariaDB/MySQL) rather than bytes */
    public boolean identifierLengthInCharacters() {
        return identifierLengthInCharacters;
    }

    /** @return whether {@code ALTER TABLE} can add a constraint to an existing table (not SQLite) */
    public boolean altersConstraints() {
        return altersConstraints;
    }

    /** @return whether the catalogue may report table names in another case than they were created with */
    public boolean caseInsensitiveTableNames() {
        return caseInsensitiveTableNames;
    }

    /**
     * Returns whether {@code ORDER BY} puts NULLs after every value unless told otherwise, so that an order term on a
     * nullable column needs {@code NULLS FIRST} (ascending) or {@code NULLS LAST} (descending) to sort them as the
     * other databases do: as the smallest value.
     *
     * @return true for PostgreSQL
     */
    public boolean nullsSortAsLargest() {
        return nullsSortAsLargest;
    }

    /**
     * Returns whether every connection to {@code url} is a database of its own, so the pool must keep
     * exactly one connection for ever (SQLite's in-memory URLs).
     *
     * @param url the JDBC URL
     * @return true for a private in-memory database
     */
    public boolean singleConnection(String url) {
        return singleConnectionUrl.test(url);
    }

    /**
     * Quotes an identifier that has already been checked against the model, after checking that the database takes
     * a name so long: PostgreSQL would cut a longer one to its first 63 bytes (two names could become one, and two
     * models share a table), MariaDB refuses one over 64 characters.
     *
     * @param identifier a table or column name
     * @return the quoted identifier
     * @throws ModelDefinitionException when the name is longer than {@link #maxIdentifierLength()}
     */
    public String quote(String identifier) {
        Map<String, String> quoted = QUOTED.get(this, dialect -> new ConcurrentHashMap<>());
        String known = quoted.get(identifier);
        if (known == null) {
            known = render(identifier);
            if (quoted.size() < MAX_QUOTED) {
                quoted.put(identifier, known);
            }
        }
        return known;
    }

    private String render(String identifier) {
        checkLength(identifier);
        StringBuilder quoted = new StringBuilder(identifier.length() + 2).append(quote);
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            if (c == quote) {
                quoted.append(c);
            }
            quoted.append(c);
        }
        return quoted.append(quote).toString();
    }

    private void checkLength(String identifier) {
        int length = identifierLengthInCharacters
                ? identifier.codePointCount(0, identifier.length()) : identifier.getBytes(StandardCharsets.UTF_8).length;
        if (length > maxIdentifierLength) {
            String unit = identifierLengthInCharacters ? " characters" : " bytes";
            throw new ModelDefinitionException("The name '" + identifier + "' is " + length + unit + " long, longer than "
                    + name + " takes (" + maxIdentifierLength + unit + "); give the table or column a shorter name "
                    + "(@Table, @Column)");
        }
    }

    @Override
    public String toString() {
        return name;
    }

    /** Sets the driver and session properties that carry the timeouts to one database. */
    @FunctionalInterface
    public interface DriverSettings {
        /**
         * Adds the properties of a connection to {@code url} with {@code timeouts}.
         *
         * @param url the JDBC URL
         * @param timeouts the timeouts
         * @param properties where to put them
         */
        void apply(String url, Timeouts timeouts, Map<String, String> properties);
    }

    /** Named settings of a {@link Dialect}; each defaults to standard SQL. Not thread-safe. */
    public static final class Builder {
        private final String name;
        private char quote = '"';
        private int maxParameters = 32_766;
        private KeyRetrieval keyRetrieval = KeyRetrieval.RETURNING;
        private boolean supportsBatchKeys = true;
        private TypeMapping types;
        private String generatedKeyDdl;
        private String tableOptions = "";
        private String keyStringDdl = "TEXT";
        private String exactKeyCollation = "";
        private String noLimit;
        private String defaultValues = "DEFAULT VALUES";
        private boolean queriesBesideCursor = true;
        private boolean cursorNeedsTransaction;
        private boolean cursorHoldsSnapshot;
        private int statementCacheSize;
        private boolean keepsLastResult;
        private boolean failedStatementAbortsTransaction;
        private boolean storesNaN;
        private boolean storesInfinity;
        private boolean storesNulInText = true;
        private int firstYear = 1;
        private int lastYear = 9999;
        private Lexicon lexicon = Lexicon.STANDARD;
        private DriverSettings driverSettings = (url, timeouts, properties) -> { };
        private UnaryOperator<String> driverUrl = UnaryOperator.identity();
        private Predicate<String> singleConnectionUrl = url -> false;
        private boolean embedded;
        private String beginStatement;
        private boolean commitsThroughAutoCommit;
        private String rollbackAfterRefusedCommit;
        private int maxIdentifierLength = Integer.MAX_VALUE;
        private boolean identifierLengthInCharacters;
        private boolean altersConstraints = true;
        private boolean caseInsensitiveTableNames;
        private Pattern implicitCommit;
        private String openTransactionQuery;
        private boolean nullsSortAsLargest;
        private Map<String, String> redactingProperties = Map.of();
        private Pattern valuesInErrors;

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /** @param quote the identifier quote character @return this builder */
        public Builder quote(char quote) {
            this.quote = quote;
            return this;
        }

        /** @param maxParameters the bind-parameter limit of one statement @return this builder */
        public Builder maxParameters(int maxParameters) {
            this.maxParameters = maxParameters;
            return this;
        }

        /** @param keyRetrieval how generated keys come back @return this builder */
        public Builder keyRetrieval(KeyRetrieval keyRetrieval) {
            this.keyRetrieval = keyRetrieval;
            return this;
        }

        /** @param supported whether a batch returns every generated key @return this builder */
        public Builder supportsBatchKeys(boolean supported) {
            this.supportsBatchKeys = supported;
            return this;
        }

        /** @param types how Java types are stored @return this builder */
        public Builder types(TypeMapping types) {
            this.types = types;
            return this;
        }

        /**
         * @param ddl the column definition of a generated key, where {@code %t} stands for the key's column type
         *     ({@code BIGINT} or {@code INTEGER})
         * @return this builder
         */
        public Builder generatedKeyDdl(String ddl) {
            this.generatedKeyDdl = ddl;
            return this;
        }

        /** @param options text appended to CREATE TABLE @return this builder */
        public Builder tableOptions(String options) {
            this.tableOptions = options;
            return this;
        }

        /** @param ddl the type of an indexed or key {@code String} column @return this builder */
        public Builder keyStringDdl(String ddl) {
            this.keyStringDdl = ddl;
            return this;
        }

        /**
         * @param clause what follows the type of a {@code String} primary-key or foreign-key column to make it compare
         *     exactly, with a leading space; empty (the default) where the database's default collation does
         * @return this builder
         */
        public Builder exactKeyCollation(String clause) {
            this.exactKeyCollation = Objects.requireNonNull(clause, "clause");
            return this;
        }

        /** @param noLimit the LIMIT value meaning no limit @return this builder */
        public Builder noLimit(String noLimit) {
            this.noLimit = noLimit;
            return this;
        }

        /**
         * @param defaultValues what follows the table's name in an INSERT that names no column, a row of defaults
         *     ({@code DEFAULT VALUES} in standard SQL)
         * @return this builder
         */
        public Builder defaultValues(String defaultValues) {
            this.defaultValues = defaultValues;
            return this;
        }

        /** @param beside whether queries may run beside an open cursor on its connection @return this builder */
        public Builder queriesBesideCursor(boolean beside) {
            this.queriesBesideCursor = beside;
            return this;
        }

        /** @param needed whether streaming needs auto-commit off @return this builder */
        public Builder cursorNeedsTransaction(boolean needed) {
            this.cursorNeedsTransaction = needed;
            return this;
        }

        /** @param holds whether an open cursor holds a snapshot a write on its connection cannot move past @return this builder */
        public Builder cursorHoldsSnapshot(boolean holds) {
            this.cursorHoldsSnapshot = holds;
            return this;
        }

        /** @param size prepared statements kept per connection, 0 for none @return this builder */
        public Builder statementCacheSize(int size) {
            this.statementCacheSize = size;
            return this;
        }

        /** @param keeps whether the driver keeps a statement's last result until it runs again @return this builder */
        public Builder keepsLastResult(boolean keeps) {
            this.keepsLastResult = keeps;
            return this;
        }

        /** @param aborts whether a failed statement aborts its whole transaction @return this builder */
        public Builder failedStatementAbortsTransaction(boolean aborts) {
            this.failedStatementAbortsTransaction = aborts;
            return this;
        }

        /**
         * Sets which non-finite doubles a column stores.
         *
         * @param nan whether NaN is stored
         * @param infinity whether the infinities are stored
         * @return this builder
         */
        public Builder nonFiniteDoubles(boolean nan, boolean infinity) {
            this.storesNaN = nan;
            this.storesInfinity = infinity;
            return this;
        }

        /**
         * Sets whether a text column stores the NUL character (U+0000); true unless set.
         *
         * @param stores whether NUL is stored
         * @return this builder
         */
        public Builder nulInText(boolean stores) {
            this.storesNulInText = stores;
            return this;
        }

        /**
         * Limits dates and times to the years {@code first} to {@code last} (1 to 9999 unless set).
         *
         * @param first the first year stored (ISO: 0 is 1 BC)
         * @param last the last year stored
         * @return this builder
         */
        public Builder years(int first, int last) {
            this.firstYear = first;
            this.lastYear = last;
            return this;
        }

        /** @param lexicon how SQL text is lexed @return this builder */
        public Builder lexicon(Lexicon lexicon) {
            this.lexicon = lexicon;
            return this;
        }

        /**
         * @param properties driver properties that keep values out of the driver's own exceptions, set when the
         *        database redacts values
         * @return this builder
         */
        public Builder redactingProperties(Map<String, String> properties) {
            this.redactingProperties = properties;
            return this;
        }

        /**
         * @param quotedValue matches a quoted value in the driver's error messages, quotes included (its first
         *        character is the quote), e.g. the {@code 'a@b.c'} of {@code Duplicate entry 'a@b.c' for key 'email'}
         * @return this builder
         */
        public Builder valuesInErrors(Pattern quotedValue) {
            this.valuesInErrors = quotedValue;
            return this;
        }

        /** @param settings how timeouts reach the driver @return this builder */
        public Builder driverSettings(DriverSettings settings) {
            this.driverSettings = settings;
            return this;
        }

        /** @param rewrite what the driver needs of the application's URL @return this builder */
        public Builder driverUrl(UnaryOperator<String> rewrite) {
            this.driverUrl = rewrite;
            return this;
        }

        /** @param urls true for a URL whose every connection is a database of its own @return this builder */
        public Builder singleConnectionUrl(Predicate<String> urls) {
            this.singleConnectionUrl = urls;
            return this;
        }

        /** @param embedded whether the database runs in this process @return this builder */
        public Builder embedded(boolean embedded) {
            this.embedded = embedded;
            return this;
        }

        /** @param statement what the driver runs when auto-commit goes off, if it can wait for a lock @return this builder */
        public Builder beginStatement(String statement) {
            this.beginStatement = statement;
            return this;
        }

        /**
         * @param throughAutoCommit whether a transaction commits by switching auto-commit back on
         *     ({@link Dialect#commitsThroughAutoCommit()})
         * @return this builder
         */
        public Builder commitsThroughAutoCommit(boolean throughAutoCommit) {
            this.commitsThroughAutoCommit = throughAutoCommit;
            return this;
        }

        /**
         * @param statement what rolls back a transaction whose COMMIT through auto-commit was refused, where the
         *     driver then refuses {@code Connection.rollback()} ({@link Dialect#rollbackAfterRefusedCommit()})
         * @return this builder
         */
        public Builder rollbackAfterRefusedCommit(String statement) {
            this.rollbackAfterRefusedCommit = statement;
            return this;
        }

        /** @param bytes the longest identifier, in bytes of UTF-8 @return this builder */
        public Builder maxIdentifierLength(int bytes) {
            this.maxIdentifierLength = bytes;
            this.identifierLengthInCharacters = false;
            return this;
        }

        /** @param characters the longest identifier, in characters @return this builder */
        public Builder maxIdentifierCharacters(int characters) {
            this.maxIdentifierLength = characters;
            this.identifierLengthInCharacters = true;
            return this;
        }

        /** @param alters whether ALTER TABLE adds constraints @return this builder */
        public Builder altersConstraints(boolean alters) {
            this.altersConstraints = alters;
            return this;
        }

        /** @param insensitive whether table names may come back in another case @return this builder */
        public Builder caseInsensitiveTableNames(boolean insensitive) {
            this.caseInsensitiveTableNames = insensitive;
            return this;
        }

        /**
         * @param statements the statements that commit the transaction they run in ({@link Dialect#commitsImplicitly}),
         *     matched from the start of a statement's text
         * @param openQuery the query that says whether the transaction is still open ({@link
         *     Dialect#openTransactionQuery()})
         * @return this builder
         */
        public Builder implicitCommits(Pattern statements, String openQuery) {
            this.implicitCommit = statements;
            this.openTransactionQuery = openQuery;
            return this;
        }

        /** @param largest whether ORDER BY puts NULLs after every value by default @return this builder */
        public Builder nullsSortAsLargest(boolean largest) {
            this.nullsSortAsLargest = largest;
            return this;
        }

        /** @return the dialect */
        public Dialect build() {
            return new Dialect(this);
        }
    }
}

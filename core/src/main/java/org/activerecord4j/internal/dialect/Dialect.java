package org.activerecord4j.internal.dialect;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.activerecord4j.internal.types.TypeMapping;

/**
 * What differs between databases, stated as data: identifier quoting, the bind-parameter limit, how
 * generated keys come back, how each Java type is stored and the DDL of an auto-increment key.
 * Immutable and thread-safe.
 *
 * @param name the short name: {@code sqlite}, {@code postgresql} or {@code mariadb}
 * @param quote the identifier quote character
 * @param maxParameters the most bind parameters one statement may carry
 * @param keyRetrieval how generated keys come back
 * @param supportsBatchKeys whether a JDBC batch returns every generated key
 * @param types how Java types are stored
 * @param generatedKeyDdl the column definition of a generated {@code Long} key
 * @param tableOptions text appended to CREATE TABLE (storage engine, character set)
 * @param keyStringDdl the type of a {@code String} column that is a key or is indexed
 * @param noLimit the LIMIT value meaning "no limit", for an OFFSET without a LIMIT
 * @param queriesBesideCursor whether a connection runs other queries while a cursor on it is open
 *     without first reading the cursor's remaining rows into memory
 * @param statementCacheSize prepared statements kept open per connection and reused by SQL; 0 where the
 *     driver caches them itself or preparing is cheap
 */
public record Dialect(
        String name,
        char quote,
        int maxParameters,
        KeyRetrieval keyRetrieval,
        boolean supportsBatchKeys,
        TypeMapping types,
        String generatedKeyDdl,
        String tableOptions,
        String keyStringDdl,
        String noLimit,
        boolean queriesBesideCursor,
        int statementCacheSize) {

    /** Quoted identifiers by dialect: every statement quotes the same few table and column names again. */
    private static final PerDialect<Map<String, String>> QUOTED = new PerDialect<>();

    /** Bounds the memo should identifiers ever come from somewhere unbounded. */
    private static final int MAX_QUOTED = 10_000;

    /**
     * Quotes an identifier that has already been checked against the model.
     *
     * @param identifier a table or column name
     * @return the quoted identifier
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
}

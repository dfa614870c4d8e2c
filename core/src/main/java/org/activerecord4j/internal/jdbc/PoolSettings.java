package org.activerecord4j.internal.jdbc;

import org.activerecord4j.internal.dialect.Timeouts;
import org.activerecord4j.internal.dialect.UrlParameters;

/**
 * What a connection pool is opened with. Immutable.
 *
 * @param url the JDBC URL
 * @param user the user, or null
 * @param password the password, or null
 * @param maximumPoolSize the most connections
 * @param timeouts the waits' limits
 */
public record PoolSettings(String url, String user, String password, int maximumPoolSize, Timeouts timeouts) {

    /**
     * Returns the URL without a password written into it, for messages.
     *
     * @return the URL with any {@code password=…} value replaced by {@code ***}
     */
    public String safeUrl() {
        return UrlParameters.withoutPassword(url);
    }
}

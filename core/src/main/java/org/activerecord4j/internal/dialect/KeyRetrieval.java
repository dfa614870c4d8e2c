package org.activerecord4j.internal.dialect;

/** How a database hands back the keys it generated for inserted rows. */
public enum KeyRetrieval {
    /** {@code INSERT … RETURNING key}, read as a result set (SQLite, PostgreSQL). */
    RETURNING,
    /** {@link java.sql.Statement#getGeneratedKeys()}, which also covers batches (MariaDB/MySQL). */
    GENERATED_KEYS
}

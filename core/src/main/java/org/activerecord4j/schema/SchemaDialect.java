package org.activerecord4j.schema;

import java.util.Arrays;
import java.util.List;
import org.activerecord4j.internal.dialect.Dialect;
import org.activerecord4j.internal.dialect.Dialects;

/**
 * What the DDL writer needs to know of each database beyond the runtime dialect's types and quoting:
 * how long a constraint or index name may be, and whether {@code ALTER TABLE} can add a constraint.
 */
enum SchemaDialect {
    /** SQLite: no practical name limit; a new column carries its {@code REFERENCES} clause inline. */
    SQLITE("sqlite", Dialects.SQLITE, Integer.MAX_VALUE, false),
    /** PostgreSQL: names are cut at 63 bytes by the server, so longer ones are shortened first. */
    POSTGRESQL("postgresql", Dialects.POSTGRESQL, 63, true),
    /** MariaDB: 64 characters. */
    MARIADB("mariadb", Dialects.MARIADB, 64, true),
    /** MySQL 8: as MariaDB (no {@code CREATE INDEX IF NOT EXISTS}, which the writer never uses). */
    MYSQL("mysql", Dialects.MARIADB, 64, true);

    final String label;
    final Dialect runtime;
    final int maxIdentifierLength;
    final boolean altersConstraints;

    SchemaDialect(String label, Dialect runtime, int maxIdentifierLength, boolean altersConstraints) {
        this.label = label;
        this.runtime = runtime;
        this.maxIdentifierLength = maxIdentifierLength;
        this.altersConstraints = altersConstraints;
    }

    static SchemaDialect named(String name) {
        for (SchemaDialect dialect : values()) {
            if (dialect.label.equals(name)) {
                return dialect;
            }
        }
        throw new IllegalArgumentException("Unknown dialect '" + name + "'; choose one of: " + String.join(", ", labels()));
    }

    static List<String> labels() {
        return Arrays.stream(values()).map(dialect -> dialect.label).toList();
    }
}

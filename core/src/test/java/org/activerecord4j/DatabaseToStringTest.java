package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A database's toString() hides any password its URL holds. */
class DatabaseToStringTest {

    /** Regression test: toString() printed the URL as given, password and all, while every message hides it. */
    @Test
    void toString_ofAUrlHoldingAPassword_hidesThePassword() {
        try (Database database = Database.builder("jdbc:sqlite::memory:?password=hunter2").build()) {
            assertThat(database.toString()).isEqualTo("Database[sqlite jdbc:sqlite::memory:?password=***]");
        }
    }
}

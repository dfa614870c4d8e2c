package org.activerecord4j.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which statements commit the transaction they run in, which the testing module's rollback of a test then cannot undo:
 * on MariaDB schema changes and the like (not a temporary table's); on SQLite and PostgreSQL none.
 */
class DialectImplicitCommitTest {

    @Test
    void onMariaDb_schemaChangesAndTransactionStatements_commit_butTemporaryTablesAndWritesDoNot() {
        assertThat(List.of("CREATE TABLE notes (id INT)", "  create index i on notes (id)", "DROP TABLE IF EXISTS notes",
                "ALTER TABLE notes ADD x INT", "TRUNCATE notes", "RENAME TABLE a TO b", "CREATE OR REPLACE TABLE t (id INT)",
                "LOCK TABLES notes WRITE", "START TRANSACTION", "BEGIN", "COMMIT"))
                .allMatch(Dialects.MARIADB::commitsImplicitly);
        assertThat(List.of("CREATE TEMPORARY TABLE t (id INT)", "create or replace temporary table t (id INT)",
                "DROP TEMPORARY TABLE t", "INSERT INTO notes VALUES (1)", "DELETE FROM notes", "SELECT 1",
                "CREATED", "ROLLBACK", "SAVEPOINT s"))
                .noneMatch(Dialects.MARIADB::commitsImplicitly);
        assertThat(Dialects.MARIADB.openTransactionQuery()).isEqualTo("SELECT @@in_transaction");
    }

    @Test
    void onSqliteAndPostgresql_schemaChangesAreRolledBack_soNoneCommits() {
        for (Dialect dialect : List.of(Dialects.SQLITE, Dialects.POSTGRESQL)) {
            assertThat(dialect.commitsImplicitly("CREATE TABLE notes (id INT)")).isFalse();
            assertThat(dialect.openTransactionQuery()).isNull();
        }
    }
}

package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/**
 * Raw fragments that hide a parenthesis from the checker in quoting it does not know: SQLite's {@code [name]}
 * and {@code `name`} identifiers, whose quote the checker took for the start of a string, and MariaDB's
 * executable comments {@code /*! … *}{@code /}, which the checker skipped as comments but the server runs.
 */
class RawFragmentQuotingTest {

    private static final List<String> FRAGMENTS = List.of(
            "EXISTS (SELECT 1 AS [a'])) OR ((SELECT 1 AS [b'])",
            "EXISTS (SELECT 1 AS `a'`)) OR ((SELECT 1 AS `b'`)",
            "1=0 /*! ) OR (1=1 */",
            "1=0 /*M! ) OR (1=1 */");

    @BeforeEach
    void data(Database database) {
        TestSchema.recreate(database, User.class);
        new User("Ann", 31).save();
    }

    /**
     * Regression: each fragment passed the checker on the database named and closed the query's parenthesis, so
     * its {@code OR} voided the query's other conditions and the query read every row: the brackets and backticks
     * on SQLite, the executable comments on MariaDB (both protocols).
     */
    @DatabaseTest
    void aFragment_cannotVoidTheOtherConditions_byQuotingTheCheckerDoesNotKnow() {
        for (String fragment : FRAGMENTS) {
            List<User> found;
            try {
                found = User.query().where(User.c.name.eq("Nobody")).where(fragment).all();
            } catch (UnsafeSqlException refused) {
                continue; // refused before any SQL
            } catch (StatementFailedException notSql) {
                continue; // not SQL on this database (brackets on PostgreSQL, say): refused by the server
            }
            assertThat(found).as("rows read with the fragment %s", fragment).isEmpty();
        }
    }
}

package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.activerecord4j.models.Account;
import org.activerecord4j.testing.TestDatabases;
import org.activerecord4j.testing.TestDatabases.Kind;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code save()} tells a row that is gone from a row it did not change by the rows its UPDATE matched, whatever the
 * URL says. MariaDB only: Connector/J's {@code useAffectedRows=true} makes an UPDATE report the rows it changed,
 * not those it matched; PostgreSQL and SQLite always report matched rows.
 */
class AffectedRowsUrlTest {

    /**
     * Regression test: with {@code useAffectedRows=true} in the URL, an UPDATE that writes the values the row already
     * holds reported 0 rows, and save() threw "its row no longer exists" for a row that exists.
     */
    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"MARIADB", "MARIADB_BINARY"})
    void useAffectedRowsInTheUrl_anUpdateThatChangesNothing_savesAndTheRowIsFound(Kind kind) {
        String url = kind.url() + (kind.url().contains("?") ? "&" : "?") + "useAffectedRows=true";
        TestDatabases.require(kind);
        try (Database database = Database.builder(url).user(kind.server().user()).password(kind.server().password()).build()) {
            TestSchema.recreate(database, Account.class);
            database.use(() -> {
                Account account = new Account("A", new BigDecimal("1.00"));
                account.save();
                Account first = Account.findOneOrThrow(account.id);
                Account second = Account.findOneOrThrow(account.id);
                first.code = "B";
                first.save();

                second.code = "B";          // the value another instance already wrote
                second.save();
                second.balance = new BigDecimal("1.0");   // the same number as the column holds
                second.save();

                assertThat(second.isDirty()).isFalse();
                assertThat(Account.findOneOrThrow(account.id).code).isEqualTo("B");
                Account.findOneOrThrow(account.id).delete();
                second.code = "C";
                assertThatThrownBy(second::save).isInstanceOf(RecordNotFoundException.class)
                        .hasMessage("Cannot update Account id=" + account.id + ": its row no longer exists");
            });
        }
    }
}

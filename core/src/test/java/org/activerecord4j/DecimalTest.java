package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.activerecord4j.models.Account;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/**
 * Decimals compare and sort as numbers, and come back exactly, on every database. Regression test for
 * issue 12: SQLite stored them as plain text, so {@code total > 100} and {@code ORDER BY total} compared
 * strings ({@code [1000.00, 120.50, 19.99, 9.00]}).
 */
class DecimalTest {

    @BeforeEach
    void schema(Database database) {
        TestSchema.recreate(database, Account.class);
    }

    @DatabaseTest
    void comparisonsAndOrder_areNumeric() {
        for (String balance : List.of("19.99", "120.50", "9.00", "1000.00", "-5.25", "-120.00", "0.00")) {
            new Account("A", new BigDecimal(balance)).save();
        }

        assertThat(balances(Account.query().where(Account.c.balance.gt(new BigDecimal("100"))).orderBy(Account.c.balance.asc())))
                .containsExactly("120.50", "1000.00");
        assertThat(balances(Account.query().orderBy(Account.c.balance.asc())))
                .containsExactly("-120.00", "-5.25", "0.00", "9.00", "19.99", "120.50", "1000.00");
        assertThat(balances(Account.query().where(Account.c.balance.between(new BigDecimal("-10"), new BigDecimal("10")))
                .orderBy(Account.c.balance.desc()))).containsExactly("9.00", "0.00", "-5.25");
        assertThat(Account.query().where(Account.c.balance.eq(new BigDecimal("19.990"))).count()).isEqualTo(1);
    }

    @DatabaseTest
    void valuesComeBackAtTheColumnsScale() {
        Account account = new Account("A", new BigDecimal("7.5"));
        account.save();

        assertThat(Account.findOneOrThrow(account.id).balance).isEqualTo(new BigDecimal("7.50"));
    }

    /**
     * Regression test: 1.0 and 1.00 were a change (BigDecimal.equals compares scales), so save() wrote an UPDATE of
     * the number the row already held and changedColumns() listed the column.
     */
    @DatabaseTest
    void theSameNumberAtAnotherScale_isNoChange_andSaveIssuesNoStatement(Database database) {
        Account saved = new Account("A", new BigDecimal("7.5"));
        saved.save();
        Account loaded = Account.findOneOrThrow(saved.id);

        saved.balance = new BigDecimal("7.50");
        loaded.balance = new BigDecimal("7.5000");

        assertThat(saved.changedColumns()).isEmpty();
        assertThat(loaded.isDirty()).isFalse();
        assertThat(StatementCounter.count(database, () -> {
            saved.save();
            loaded.save();
        })).isZero();
        loaded.balance = new BigDecimal("7.51");
        assertThat(loaded.changedColumns()).containsExactly("balance");
        loaded.save();
        assertThat(Account.findOneOrThrow(saved.id).balance).isEqualTo(new BigDecimal("7.51"));
    }

    private static List<String> balances(Query<Account> query) {
        return query.all().stream().map(account -> account.balance.toPlainString()).toList();
    }
}

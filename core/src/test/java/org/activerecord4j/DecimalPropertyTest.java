package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.activerecord4j.models.Account;
import org.activerecord4j.testing.TestDatabases;
import org.activerecord4j.testing.TestSchema;

/**
 * Random decimals within a column's declared precision and scale round-trip exactly and sort (and compare)
 * as {@link BigDecimal#compareTo} does, on every database.
 */
class DecimalPropertyTest {

    /** Random decimals within {@code @Column(precision = 10, scale = 2)}. */
    @Provide
    Arbitrary<List<BigDecimal>> decimals() {
        Arbitrary<BigDecimal> one = Arbitraries.bigDecimals()
                .between(new BigDecimal("-99999999.99"), new BigDecimal("99999999.99")).ofScale(2)
                .edgeCases(edges -> edges.add(BigDecimal.ZERO.setScale(2)));
        return one.list().ofMinSize(1).ofMaxSize(20);
    }

    @BeforeProperty
    void schemaForProperties() {
        for (Database database : TestDatabases.usable()) {
            TestSchema.recreate(database, Account.class);
        }
    }

    @Property(tries = 60)
    void randomDecimals_roundTripExactly_andSortLikeCompareTo(@ForAll("decimals") List<BigDecimal> values) {
        List<BigDecimal> expected = new ArrayList<>(values);
        expected.sort(Comparator.naturalOrder());
        BigDecimal middle = expected.get(expected.size() / 2);
        long above = values.stream().filter(value -> value.compareTo(middle) > 0).count();
        for (Database database : TestDatabases.usable()) {
            database.use(() -> {
                database.execute("DELETE FROM accounts");
                List<Account> saved = values.stream().map(value -> new Account("P", value)).toList();
                ActiveRecord.saveAll(saved);
                for (Account account : saved) {
                    assertThat(Account.findOneOrThrow(account.id).balance).as(database.dialectName()).isEqualTo(account.balance);
                }
                List<BigDecimal> sorted = Account.query().orderBy(Account.c.balance.asc()).all().stream()
                        .map(account -> account.balance).toList();
                assertThat(sorted).as(database.dialectName() + " ORDER BY balance").isEqualTo(expected);
                assertThat(Account.query().where(Account.c.balance.gt(middle)).count())
                        .as(database.dialectName() + " balance > " + middle).isEqualTo(above);
            });
        }
    }
}

package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.activerecord4j.models.Account;
import org.activerecord4j.query.Condition;
import org.activerecord4j.testing.TestDatabases;
import org.activerecord4j.testing.TestSchema;

/**
 * Random decimals of a {@code @Column(precision = 10, scale = 2)} compared with random bounds of any scale and
 * magnitude (finer than the column, beyond its precision) match exactly the rows {@link BigDecimal#compareTo} says,
 * on every database.
 */
class ComparisonBoundPropertyTest {

    private static final BigDecimal LARGEST = new BigDecimal("99999999.99");

    /** Balances the column holds: most near zero, so that bounds fall between them, some anywhere in its range. */
    @Provide
    Arbitrary<List<BigDecimal>> balances() {
        Arbitrary<BigDecimal> near = Arbitraries.bigDecimals().between(new BigDecimal("-20"), new BigDecimal("20")).ofScale(2);
        Arbitrary<BigDecimal> anywhere = Arbitraries.bigDecimals().between(LARGEST.negate(), LARGEST).ofScale(2)
                .edgeCases(edges -> edges.add(LARGEST));
        return Arbitraries.frequencyOf(Tuple.of(4, near), Tuple.of(1, anywhere))
                .list().ofMinSize(1).ofMaxSize(12);
    }

    /** Bounds of up to six digits after the point, near zero or beyond the column, and powers of ten far beyond. */
    @Provide
    Arbitrary<BigDecimal> bounds() {
        Arbitrary<BigDecimal> near = Arbitraries.integers().between(0, 6).flatMap(scale -> Arbitraries.bigDecimals()
                .between(new BigDecimal("-20"), new BigDecimal("20")).ofScale(scale));
        Arbitrary<BigDecimal> wide = Arbitraries.integers().between(0, 6).flatMap(scale -> Arbitraries.bigDecimals()
                .between(new BigDecimal("-200000000"), new BigDecimal("200000000")).ofScale(scale));
        Arbitrary<BigDecimal> powers = Arbitraries.integers().between(-45, 45).flatMap(exponent -> Arbitraries.of(
                BigDecimal.ONE.scaleByPowerOfTen(exponent), BigDecimal.ONE.scaleByPowerOfTen(exponent).negate()));
        return Arbitraries.frequencyOf(Tuple.of(5, near), Tuple.of(2, wide),
                Tuple.of(1, powers));
    }

    @BeforeProperty
    void schemaForProperties() {
        for (Database database : TestDatabases.usable()) {
            TestSchema.recreate(database, Account.class);
        }
    }

    @Property(tries = 100)
    void comparisonsWithAnyBound_matchTheRowsCompareToMatches(@ForAll("balances") List<BigDecimal> balances,
            @ForAll("bounds") BigDecimal bound, @ForAll("bounds") BigDecimal other) {
        for (Database database : TestDatabases.usable()) {
            database.use(() -> {
                database.execute("DELETE FROM accounts");
                ActiveRecord.saveAll(balances.stream().map(balance -> new Account("P", balance)).toList());
                String on = database.dialectName() + ", balances " + balances + ": ";
                expect(on + "> " + bound, Account.c.balance.gt(bound), balances, x -> x.compareTo(bound) > 0);
                expect(on + ">= " + bound, Account.c.balance.ge(bound), balances, x -> x.compareTo(bound) >= 0);
                expect(on + "< " + bound, Account.c.balance.lt(bound), balances, x -> x.compareTo(bound) < 0);
                expect(on + "<= " + bound, Account.c.balance.le(bound), balances, x -> x.compareTo(bound) <= 0);
                expect(on + "= " + bound, Account.c.balance.eq(bound), balances, x -> x.compareTo(bound) == 0);
                expect(on + "<> " + bound, Account.c.balance.ne(bound), balances, x -> x.compareTo(bound) != 0);
                expect(on + "BETWEEN " + bound + " AND " + other, Account.c.balance.between(bound, other), balances,
                        x -> x.compareTo(bound) >= 0 && x.compareTo(other) <= 0);
                expect(on + "IN (" + bound + ", " + other + ")", Account.c.balance.in(bound, other), balances,
                        x -> x.compareTo(bound) == 0 || x.compareTo(other) == 0);
                // A bound equal to a row's value, at a finer scale: the row matches =, and not <>.
                BigDecimal finer = balances.get(0).setScale(5);
                expect(on + "= " + finer, Account.c.balance.eq(finer), balances, x -> x.compareTo(finer) == 0);
            });
        }
    }

    private static void expect(String described, Condition condition, List<BigDecimal> balances, Predicate<BigDecimal> matches) {
        List<BigDecimal> expected = balances.stream().filter(matches).sorted().toList();
        List<BigDecimal> found = Account.query().where(condition).orderBy(Account.c.balance.asc()).all().stream()
                .map(account -> account.balance).toList();
        assertThat(found).as(described).isEqualTo(expected);
    }
}

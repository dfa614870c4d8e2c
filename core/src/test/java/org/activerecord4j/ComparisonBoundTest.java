package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.activerecord4j.models.Account;
import org.activerecord4j.models.AllTypes;
import org.activerecord4j.query.ComparableProperty;
import org.activerecord4j.query.Condition;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/**
 * A comparison's bound need not fit its column: a decimal finer than the column's scale or beyond its precision, a
 * time finer than the microsecond, a date beyond the years the database stores, a string longer than the column's
 * length. The comparison matches exactly the rows a comparison of the numbers (times, strings) matches, as Rails and
 * Ebean, which hand the bound to the database, give on PostgreSQL. Regression: such a bound was refused ("round it
 * first"), and a time's bound was cut to the microsecond, so {@code lt(….1234561)} missed a row at {@code .123456}.
 */
class ComparisonBoundTest {

    private static final List<String> BALANCES = List.of("-99999999.99", "-10.01", "-10.00", "-0.01", "0.00", "0.01",
            "10.00", "10.01", "99999999.99");
    private static final List<String> DECIMAL_BOUNDS = List.of("10.005", "-10.005", "10.00005", "0.001", "-0.001", "1e-40",
            "-1e-40", "1e40", "-1e40", "99999999.995", "-99999999.995", "100000000", "-100000000", "10", "10.010", "0",
            "10.000000000000000000001", "-10.00000000000000000000000000000000000000001", "1e-70", "1e70", "-1e70");

    @BeforeEach
    void schema(Database database) {
        TestSchema.recreate(database, Account.class, AllTypes.class);
    }

    @DatabaseTest
    void decimalBoundsFinerThanTheScaleOrBeyondThePrecision_compareExactly() {
        List<Account> accounts = new ArrayList<>();
        for (String balance : BALANCES) {
            accounts.add(new Account("A", new BigDecimal(balance)));
        }
        accounts.add(new Account("N", null));
        ActiveRecord.saveAll(accounts);

        ComparableProperty<Account, BigDecimal> balance = Account.c.balance;
        for (String text : DECIMAL_BOUNDS) {
            BigDecimal bound = new BigDecimal(text);
            expectRows(accounts, account -> account.balance, balance.gt(bound), "> " + text, x -> x.compareTo(bound) > 0);
            expectRows(accounts, account -> account.balance, balance.ge(bound), ">= " + text, x -> x.compareTo(bound) >= 0);
            expectRows(accounts, account -> account.balance, balance.lt(bound), "< " + text, x -> x.compareTo(bound) < 0);
            expectRows(accounts, account -> account.balance, balance.le(bound), "<= " + text, x -> x.compareTo(bound) <= 0);
            expectRows(accounts, account -> account.balance, balance.eq(bound), "= " + text, x -> x.compareTo(bound) == 0);
            expectRows(accounts, account -> account.balance, balance.ne(bound), "<> " + text, x -> x.compareTo(bound) != 0);
            expectRows(accounts, account -> account.balance, balance.gt(bound).not(), "NOT > " + text,
                    x -> x.compareTo(bound) <= 0);
            expectRows(accounts, account -> account.balance, balance.eq(bound).not(), "NOT = " + text,
                    x -> x.compareTo(bound) != 0);
            for (String otherText : DECIMAL_BOUNDS) {
                BigDecimal other = new BigDecimal(otherText);
                expectRows(accounts, account -> account.balance, balance.between(bound, other),
                        "BETWEEN " + text + " AND " + otherText, x -> x.compareTo(bound) >= 0 && x.compareTo(other) <= 0);
            }
        }
        List<BigDecimal> listed = List.of(new BigDecimal("10.005"), new BigDecimal("-10.00"), new BigDecimal("1e40"),
                new BigDecimal("0.010"));
        expectRows(accounts, account -> account.balance, balance.in(listed), "IN " + listed,
                x -> listed.stream().anyMatch(value -> value.compareTo(x) == 0));
        expectRows(accounts, account -> account.balance, balance.notIn(listed), "NOT IN " + listed,
                x -> listed.stream().noneMatch(value -> value.compareTo(x) == 0));
        List<BigDecimal> unrepresentable = List.of(new BigDecimal("10.005"), new BigDecimal("-1e40"));
        expectRows(accounts, account -> account.balance, balance.in(unrepresentable), "IN " + unrepresentable, x -> false);
        expectRows(accounts, account -> account.balance, balance.notIn(unrepresentable), "NOT IN " + unrepresentable,
                x -> true);
        expectRows(accounts, account -> account.balance, balance.in(unrepresentable).not(), "NOT (IN " + unrepresentable + ")",
                x -> true);
    }

    @DatabaseTest
    void timeBoundsFinerThanTheMicrosecond_compareExactly() {
        LocalDateTime base = LocalDateTime.of(2026, 5, 4, 12, 0, 0);
        List<AllTypes> rows = new ArrayList<>();
        for (int micros : new int[] {123_455, 123_456, 123_457}) {
            AllTypes row = new AllTypes();
            row.localMoment = base.withNano(micros * 1_000);
            row.instant = row.localMoment.toInstant(ZoneOffset.UTC);
            row.offsetMoment = row.localMoment.atOffset(ZoneOffset.UTC);
            rows.add(row);
        }
        rows.add(new AllTypes());
        ActiveRecord.saveAll(rows);

        for (int nanos : new int[] {123_455_999, 123_456_000, 123_456_001, 123_456_100, 123_456_500, 123_456_999}) {
            LocalDateTime bound = base.withNano(nanos);
            compareAll(rows, record -> record.localMoment, AllTypes.c.localMoment, bound, List.of(base.withNano(123_457_000)));
            compareAll(rows, record -> record.instant, AllTypes.c.instant, bound.toInstant(ZoneOffset.UTC),
                    List.of(base.withNano(123_457_000).toInstant(ZoneOffset.UTC)));
            compareAll(rows, record -> record.offsetMoment, AllTypes.c.offsetMoment, bound.atOffset(ZoneOffset.UTC),
                    List.of(base.withNano(123_457_000).atOffset(ZoneOffset.UTC)));
        }
    }

    @DatabaseTest
    void datesBeyondTheYearsTheDatabaseStores_compareAsBeyondEveryRow() {
        List<AllTypes> rows = new ArrayList<>();
        for (int year : new int[] {1, 2026, 9999}) {
            AllTypes row = new AllTypes();
            row.day = LocalDate.of(year, 1, 1);
            row.localMoment = row.day.atStartOfDay();
            row.instant = row.localMoment.toInstant(ZoneOffset.UTC);
            rows.add(row);
        }
        rows.add(new AllTypes());
        ActiveRecord.saveAll(rows);

        for (LocalDate bound : List.of(LocalDate.of(10_000, 1, 1), LocalDate.of(-5000, 1, 1), LocalDate.MAX, LocalDate.MIN)) {
            compareAll(rows, record -> record.day, AllTypes.c.day, bound, List.of(LocalDate.of(2026, 1, 1)));
            compareAll(rows, record -> record.localMoment, AllTypes.c.localMoment, bound.atStartOfDay(), List.of());
        }
        for (Instant bound : List.of(Instant.MAX, Instant.MIN, Instant.parse("+10000-01-01T00:00:00Z"))) {
            compareAll(rows, record -> record.instant, AllTypes.c.instant, bound, List.of());
        }
    }

    @DatabaseTest
    void stringBoundsLongerThanTheColumn_compareAsStrings() {
        List<Account> accounts = new ArrayList<>();
        for (String code : List.of("A", "ABCDEFGHIJ", "B", "ZZZZZZZZZZ")) {
            accounts.add(new Account(code, BigDecimal.ONE));
        }
        ActiveRecord.saveAll(accounts);

        String longer = "ABCDEFGHIJK";
        expectRows(accounts, account -> account.code, Account.c.code.eq(longer), "= " + longer, x -> false);
        expectRows(accounts, account -> account.code, Account.c.code.ne(longer), "<> " + longer, x -> true);
        expectRows(accounts, account -> account.code, Account.c.code.gt(longer), "> " + longer, x -> x.compareTo(longer) > 0);
        expectRows(accounts, account -> account.code, Account.c.code.lt(longer), "< " + longer, x -> x.compareTo(longer) < 0);
        expectRows(accounts, account -> account.code, Account.c.code.in(longer, "B"), "IN", x -> x.equals("B"));
        expectRows(accounts, account -> account.code, Account.c.code.like("%BCDEFGHIJ%"), "LIKE", x -> x.equals("ABCDEFGHIJ"));
    }

    private static <R extends ActiveRecord<R>, V extends Comparable<? super V>> void compareAll(List<R> rows,
            Function<R, V> read, ComparableProperty<R, V> property, V bound, List<V> listedBeside) {
        expectRows(rows, read, property.gt(bound), "> " + bound, x -> x.compareTo(bound) > 0);
        expectRows(rows, read, property.ge(bound), ">= " + bound, x -> x.compareTo(bound) >= 0);
        expectRows(rows, read, property.lt(bound), "< " + bound, x -> x.compareTo(bound) < 0);
        expectRows(rows, read, property.le(bound), "<= " + bound, x -> x.compareTo(bound) <= 0);
        expectRows(rows, read, property.eq(bound), "= " + bound, x -> x.compareTo(bound) == 0);
        expectRows(rows, read, property.ne(bound), "<> " + bound, x -> x.compareTo(bound) != 0);
        expectRows(rows, read, property.le(bound).not(), "NOT <= " + bound, x -> x.compareTo(bound) > 0);
        for (V other : listedBeside) {
            V low = bound.compareTo(other) <= 0 ? bound : other;
            V high = bound.compareTo(other) <= 0 ? other : bound;
            expectRows(rows, read, property.between(low, high), "BETWEEN " + low + " AND " + high,
                    x -> x.compareTo(low) >= 0 && x.compareTo(high) <= 0);
        }
        List<V> listed = new ArrayList<>(listedBeside);
        listed.add(bound);
        expectRows(rows, read, property.in(listed), "IN " + listed, x -> listed.stream().anyMatch(v -> v.compareTo(x) == 0));
        expectRows(rows, read, property.notIn(listed), "NOT IN " + listed,
                x -> listed.stream().noneMatch(v -> v.compareTo(x) == 0));
    }

    /** Rows whose value is null match no comparison, nor its negation: SQL's three-valued logic. */
    private static <R extends ActiveRecord<R>, V> void expectRows(List<R> rows, Function<R, V> read, Condition condition,
            String described, Predicate<V> matches) {
        @SuppressWarnings("unchecked")
        Class<R> model = (Class<R>) rows.get(0).getClass();
        List<Object> expected = rows.stream().filter(row -> read.apply(row) != null && matches.test(read.apply(row)))
                .map(row -> (Object) read.apply(row)).sorted(Comparator.comparing(Object::toString)).toList();
        List<Object> found = ActiveRecord.query(model).where(condition).all().stream().map(row -> (Object) read.apply(row))
                .sorted(Comparator.comparing(Object::toString)).toList();
        assertThat(found).as("%s %s", model.getSimpleName(), described).isEqualTo(expected);
    }
}

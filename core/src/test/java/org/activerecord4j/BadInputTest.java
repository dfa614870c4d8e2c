package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.activerecord4j.models.Account;
import org.activerecord4j.models.Post;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TableChecksums;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/**
 * The catalogue of bad input from issue 12: each is refused with one exact message, before any SQL, and
 * leaves every table as it was (row counts and a checksum of every row).
 */
class BadInputTest {

    private static final String[] TABLES = {"users", "posts", "accounts"};

    /** One bad input: what it does, and what it must throw on a database. */
    private record Case(String name, Runnable input, Class<? extends ActiveRecordException> type, String message) {
    }

    private static final String LISTED_TYPES = "(Long, Integer, Short, String, Boolean, Double, Float, BigDecimal, "
            + "LocalDate, LocalDateTime, Instant, OffsetDateTime, UUID, byte[] or an enum; also Character, Byte, BigInteger, "
            + "LocalTime and java.sql's Date, Time and Timestamp)";

    /** A value of no column type. */
    private record Probe(int id) {
    }

    @BeforeEach
    void data(Database database) {
        TestSchema.recreate(database, User.class, Post.class, Account.class);
        User ann = new User("Ann", 31);
        ann.save();
        Post post = new Post("hello");
        post.userId = ann.id;
        post.save();
        new Account("A-1", new BigDecimal("10.50")).save();
    }

    private static List<Case> cases(String dialect) {
        return List.of(
                new Case("a fragment that closes the query's parenthesis and stacks a DROP",
                        () -> User.query().where("1=1); DROP TABLE users; --").all(), UnsafeSqlException.class,
                        "Refused raw SQL fragment \"1=1); DROP TABLE users; --\": ')' at position 3 closes a parenthesis "
                                + "the text did not open"),
                new Case("a fragment that escapes its parentheses to void the other conditions",
                        () -> User.query().where(User.c.name.eq("Nobody")).where("1=1) OR (1=1").all(), UnsafeSqlException.class,
                        "Refused raw SQL fragment \"1=1) OR (1=1\": ')' at position 3 closes a parenthesis the text did not open"),
                new Case("a statement separator after a string",
                        () -> User.query().where("name = 'x'; DELETE FROM users").count(), UnsafeSqlException.class,
                        "Refused raw SQL fragment \"name = 'x'; DELETE FROM users\": it contains ';' at position 10 outside "
                                + "quotes and comments, which would end the statement and start another; a fragment is one condition"),
                new Case("an unclosed quote",
                        () -> User.query().where("name = 'unterminated").all(), UnsafeSqlException.class,
                        "Refused raw SQL fragment \"name = 'unterminated\": the quote ' at position 7 is never closed"),
                new Case("a line comment that would swallow the closing parenthesis",
                        () -> User.query().where("age > 1 -- comment").all(), UnsafeSqlException.class,
                        "Refused raw SQL fragment \"age > 1 -- comment\": it contains a line comment (-- at position 8), "
                                + "which would swallow the rest of the statement; use /* … */ or remove it"),
                new Case("an unclosed block comment",
                        () -> User.query().where("age > 1 /* open").all(), UnsafeSqlException.class,
                        "Refused raw SQL fragment \"age > 1 /* open\": the comment /* at position 8 is never closed"),
                new Case("a blank fragment, which would read WHERE () and fail in the database's parser",
                        () -> User.query().where("  ").all(), UnsafeSqlException.class,
                        "Refused raw SQL fragment \"  \": it is blank, and a fragment is one condition; leave out where(...) "
                                + "to keep every row"),
                new Case("an unclosed parenthesis",
                        () -> User.query().where("(age > 1").all(), UnsafeSqlException.class,
                        "Refused raw SQL fragment \"(age > 1\": '(' at position 0 is never closed"),
                new Case("a ? inside a quoted literal given a value",
                        () -> User.query().where("name = '?'", "x").all(), UnsafeSqlException.class,
                        "Raw SQL \"name = '?'\" has 0 '?' placeholder(s) outside quotes and comments but 1 value(s) were given"),
                new Case("a hand-written statement that stacks a second one",
                        () -> Database.getDefault().execute("DELETE FROM users; DROP TABLE posts"), UnsafeSqlException.class,
                        "Refused raw SQL statement \"DELETE FROM users; DROP TABLE posts\": it contains ';' at position 17 "
                                + "outside quotes and comments, which would end the statement and start another; run one "
                                + "statement per call"),
                new Case("a list bound to one ? of a raw fragment, which SQLite would bind as its text [17, 31]",
                        () -> User.query().where("age IN (?)", List.of(17, 31)).all(), InvalidArgumentException.class,
                        "Value [17, 31] of type List cannot be bound in raw SQL, which binds one value of a column type per ? "
                                + LISTED_TYPES + "; write one ? per value, or compare the column through the field proxy "
                                + "(e.g. User.c.age.in(values))"),
                new Case("an array bound to one ? of a raw fragment",
                        () -> User.query().where("age IN (?)", (Object) new Integer[] {17, 31}).count(), InvalidArgumentException.class,
                        "Value [17, 31] of type Integer[] cannot be bound in raw SQL, which binds one value of a column type per ? "
                                + LISTED_TYPES + "; write one ? per value, or compare the column through the field proxy "
                                + "(e.g. User.c.age.in(values))"),
                new Case("a record bound to one ? of a hand-written statement",
                        () -> Database.getDefault().execute("DELETE FROM posts WHERE user_id = ?", new Probe(1)),
                        InvalidArgumentException.class,
                        "Value Probe[id=1] of type Probe cannot be bound in raw SQL, which binds one value of a column type per ? "
                                + LISTED_TYPES + "; write one ? per value"),
                new Case("a numbered placeholder, which SQLite binds by number and MariaDB reads as the value and a digit",
                        () -> User.query().where("age > ? AND age < ?1", 2, 5).all(), UnsafeSqlException.class,
                        "Refused raw SQL fragment \"age > ? AND age < ?1\": '?1' at position 18 is a numbered parameter, which "
                                + "SQLite binds by its number, MariaDB reads as the value followed by the digits and PostgreSQL "
                                + "refuses; write ? alone, one per value in order"),
                new Case("a numbered placeholder in a hand-written statement",
                        () -> Database.getDefault().execute("UPDATE users SET age = ?12", 5), UnsafeSqlException.class,
                        "Refused raw SQL statement \"UPDATE users SET age = ?12\": '?12' at position 23 is a numbered parameter, "
                                + "which SQLite binds by its number, MariaDB reads as the value followed by the digits and "
                                + "PostgreSQL refuses; write ? alone, one per value in order"),
                new Case("a null collection in in(...)",
                        () -> User.query().where(User.c.age.in((List<Integer>) null)).all(), InvalidArgumentException.class,
                        "User.age.in(values) needs values but got null"),
                new Case("a null among the records of saveAll",
                        () -> ActiveRecord.saveAll(Arrays.asList(new User("Zed", 1), null)), InvalidArgumentException.class,
                        "saveAll(records) got null at position 1 of 2; pass records only"),
                new Case("a null column name in whereEq",
                        () -> User.query().whereEq(null, 1).all(), UnknownColumnException.class,
                        "Unknown column null on User (table users); known columns: id, name, email, age"),
                new Case("a string longer than its @Column(length)",
                        () -> new Account("12345678901", BigDecimal.ONE).save(), InvalidValueException.class,
                        "Value '12345678901' of Account.code has 11 characters, more than its @Column(length = 10); "
                                + "shorten it or raise the length"),
                new Case("a decimal finer than its @Column(scale)",
                        () -> new Account("B-1", new BigDecimal("1.005")).save(), InvalidValueException.class,
                        "Value 1.005 of Account.balance has 3 digit(s) after the point, more than its @Column(precision = 10, "
                                + "scale = 2) keeps; round it first, e.g. setScale(2, RoundingMode.HALF_EVEN)"),
                new Case("a decimal with more integer digits than its @Column(precision, scale) allows",
                        () -> new Account("B-2", new BigDecimal("123456789.00")).save(), InvalidValueException.class,
                        "Value 123456789.00 of Account.balance has 9 digit(s) before the point, more than the 8 its "
                                + "@Column(precision = 10, scale = 2) allows"),
                new Case("a too long string in saveAll, after a valid record",
                        () -> ActiveRecord.saveAll(List.of(new Account("C-1", BigDecimal.ONE), new Account("C-123456789", null))),
                        InvalidValueException.class,
                        "Value 'C-123456789' of Account.code has 11 characters, more than its @Column(length = 10); "
                                + "shorten it or raise the length"),
                new Case("a too fine decimal in saveAll, after a valid record",
                        () -> ActiveRecord.saveAll(List.of(new Account("C-2", BigDecimal.ONE), new Account("C-3", new BigDecimal("1.005")))),
                        InvalidValueException.class,
                        "Value 1.005 of Account.balance has 3 digit(s) after the point, more than its @Column(precision = 10, "
                                + "scale = 2) keeps; round it first, e.g. setScale(2, RoundingMode.HALF_EVEN)"));
    }

    private static List<Case> nonFiniteCases(String dialect) {
        Account nan = new Account("N-1", BigDecimal.ONE);
        nan.score = Double.NaN;
        Account infinite = new Account("I-1", BigDecimal.ONE);
        infinite.score = Double.POSITIVE_INFINITY;
        return switch (dialect) {
            case "sqlite" -> List.of(
                    new Case("NaN, which SQLite would store as NULL", nan::save, InvalidValueException.class,
                            "Value NaN of Account.score cannot be stored on sqlite, which would store NaN as NULL; store null, "
                                    + "or a finite number"),
                    new Case("NaN in saveAll, after a valid record",
                            () -> ActiveRecord.saveAll(List.of(new Account("N-2", BigDecimal.ONE), nan)), InvalidValueException.class,
                            "Value NaN of Account.score cannot be stored on sqlite, which would store NaN as NULL; store null, "
                                    + "or a finite number"));
            case "mariadb" -> List.of(
                    new Case("NaN, which MariaDB cannot store", nan::save, InvalidValueException.class,
                            "Value NaN of Account.score cannot be stored on mariadb, which has no NaN; store null, or a finite number"),
                    new Case("infinity, which MariaDB cannot store", infinite::save, InvalidValueException.class,
                            "Value Infinity of Account.score cannot be stored on mariadb, which has no infinity; store null, "
                                    + "or a finite number"),
                    new Case("infinity in saveAll, after a valid record",
                            () -> ActiveRecord.saveAll(List.of(new Account("I-2", BigDecimal.ONE), infinite)), InvalidValueException.class,
                            "Value Infinity of Account.score cannot be stored on mariadb, which has no infinity; store null, "
                                    + "or a finite number"));
            default -> List.of();
        };
    }

    /** SQLite reads :name, @name and $name as parameters, which nothing binds: they would compare as null. */
    private static List<Case> namedParameterCases(String dialect) {
        if (!dialect.equals("sqlite")) {
            return List.of();
        }
        return List.of(
                new Case("a :name parameter, which SQLite would bind to null", () -> User.query().where("name <> :name").count(),
                        UnsafeSqlException.class, "Refused raw SQL fragment \"name <> :name\": ':name' at position 8 is a "
                                + "named parameter on sqlite, which nothing binds (it would be null); write ? and pass the value"),
                new Case("an @name parameter in a statement", () -> Database.getDefault().execute("DELETE FROM posts WHERE title <> @t"),
                        UnsafeSqlException.class, "Refused raw SQL statement \"DELETE FROM posts WHERE title <> @t\": '@t' at "
                                + "position 33 is a named parameter on sqlite, which nothing binds (it would be null); write ? and "
                                + "pass the value"),
                new Case("a $name parameter", () -> User.query().where("name <> $n1 AND age > ?", 1).all(),
                        UnsafeSqlException.class, "Refused raw SQL fragment \"name <> $n1 AND age > ?\": '$n1' at position 8 "
                                + "is a named parameter on sqlite, which nothing binds (it would be null); write ? and pass the value"));
    }

    @DatabaseTest
    void everyBadInput_isRefusedWithItsMessage_beforeAnySql_andLeavesTheDataAsItWas(Database database) {
        Map<String, String> before = TableChecksums.of(database, TABLES);
        for (List<Case> group : List.of(cases(database.dialectName()), nonFiniteCases(database.dialectName()),
                namedParameterCases(database.dialectName()))) {
            for (Case input : group) {
                Throwable[] thrown = new Throwable[1];
                int statements = StatementCounter.count(database, () -> thrown[0] = catchThrowable(input.input()::run));

                assertThat(thrown[0]).as(input.name()).isInstanceOf(input.type()).hasMessage(input.message());
                assertThat(statements).as("statements run by " + input.name()).isZero();
                assertThat(TableChecksums.of(database, TABLES)).as("tables after " + input.name()).isEqualTo(before);
            }
        }
    }

    @DatabaseTest
    void aQuestionMarkInsideQuotes_isNotAPlaceholder() {
        User bob = new User("?", 44);
        bob.save();

        assertThat(User.query().where("name = '?' AND age > ?", 40).all()).extracting(user -> user.id).containsExactly(bob.id);
        assertThat(User.query().where("name <> '?;' /* ? ; */ AND age = ?", 31).count()).isEqualTo(1);
    }

    @DatabaseTest
    void nonFiniteDoubles_thatTheDatabaseStores_roundTrip(Database database) {
        Account account = new Account("F-1", BigDecimal.ONE);
        account.score = Double.NEGATIVE_INFINITY;
        if (database.dialectName().equals("mariadb")) {
            assertThat(catchThrowable(account::save)).isInstanceOf(InvalidValueException.class);
            return;
        }
        account.save();
        assertThat(Account.findOneOrThrow(account.id).score).isEqualTo(Double.NEGATIVE_INFINITY);
        if (database.dialectName().equals("postgresql")) {
            Account nan = new Account("F-2", BigDecimal.ONE);
            nan.score = Double.NaN;
            nan.save();
            assertThat(Account.findOneOrThrow(nan.id).score).isNaN();
        }
    }

    @DatabaseTest
    void decimalInARawFragment_isRefusedOnlyWhereTheColumnStoresItAsText(Database database) {
        if (database.dialectName().equals("sqlite")) {
            assertThat(catchThrowable(() -> Account.query().where("balance > ?", new BigDecimal("5")).all()))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessage("A BigDecimal value (5) cannot be bound in raw SQL on sqlite, whose columns store it in a "
                            + "form of their own size; compare the column through the field proxy (e.g. Order.c.total.gt(value)) instead");
        } else {
            assertThat(Account.query().where("balance > ?", new BigDecimal("5")).count()).isEqualTo(1);
        }
    }
}

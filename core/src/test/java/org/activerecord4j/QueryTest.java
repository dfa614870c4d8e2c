package org.activerecord4j;

import static org.activerecord4j.PersistenceTest.quoted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.activerecord4j.models.Post;
import org.activerecord4j.models.Tag;
import org.activerecord4j.models.User;
import org.activerecord4j.query.Condition;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestDatabases;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

class QueryTest {

    @BeforeEach
    void data(Database database) {
        TestSchema.recreate(database, User.class);
        ActiveRecord.saveAll(List.of(new User("Ann", 31), new User("Bob", 17), new User("Cleo", 45),
                new User("Al_x", 22), new User("Dee", null)));
    }

    private static List<String> names(List<User> users) {
        return users.stream().map(user -> user.name).toList();
    }

    @DatabaseTest
    void where_typedConditions_filter() {
        assertThat(names(User.query().where(User.c.age.ge(22)).orderBy(User.c.age.asc()).all()))
                .containsExactly("Al_x", "Ann", "Cleo");
        assertThat(names(User.query().where(User.c.age.lt(22)).all())).containsExactly("Bob");
        assertThat(names(User.query().where(User.c.age.between(17, 31)).orderBy(User.c.name.asc()).all()))
                .containsExactly("Al_x", "Ann", "Bob");
        assertThat(names(User.query().where(User.c.name.in("Ann", "Dee", "Zed")).orderBy(User.c.name.asc()).all()))
                .containsExactly("Ann", "Dee");
        assertThat(User.query().where(User.c.name.notIn("Ann", "Bob")).count()).isEqualTo(3);
        assertThat(names(User.query().where(User.c.age.isNull()).all())).containsExactly("Dee");
        assertThat(User.query().where(User.c.age.isNotNull()).count()).isEqualTo(4);
        assertThat(User.query().where(User.c.age.eq(null)).count()).isEqualTo(1);
        assertThat(User.query().where(User.c.name.ne("Ann")).count()).isEqualTo(4);
    }

    @DatabaseTest
    void emptyInList_matchesNothing_andEmptyNotIn_matchesEverything() {
        assertThat(User.query().where(User.c.name.in(List.of())).count()).isZero();
        assertThat(User.query().where(User.c.name.notIn(List.of())).count()).isEqualTo(5);
    }

    @DatabaseTest
    void inWithNull_alsoMatchesNull_andNotInWithNull_excludesIt_asRailsExpandsThem(Database database) {
        // Rails: where(age: [17, nil]) is (age IN (17) OR age IS NULL); where.not(age: [17, nil]) negates all of it.
        assertThat(names(User.query().where(User.c.age.in(17, null)).orderBy(User.c.name.asc()).all()))
                .containsExactly("Bob", "Dee");
        assertThat(names(User.query().where(User.c.age.notIn(17, null)).orderBy(User.c.name.asc()).all()))
                .containsExactly("Al_x", "Ann", "Cleo");
        assertThat(names(User.query().where(User.c.age.in(17, null).not()).orderBy(User.c.name.asc()).all()))
                .containsExactly("Al_x", "Ann", "Cleo");
        assertThat(names(User.query().where(User.c.age.in(Arrays.asList(null, null))).all())).containsExactly("Dee");
        assertThat(User.query().where(User.c.age.notIn(Arrays.asList((Integer) null))).count()).isEqualTo(4);

        Query<User> in = User.query().where(User.c.age.in(null, 17, null, 31));
        assertThat(in.toSql()).endsWith(quoted(database, " WHERE (`age` IN (?, ?) OR `age` IS NULL)"));
        assertThat(in.parameters()).containsExactly(17, 31);
        assertThat(User.query().where(User.c.age.notIn(17, null)).toSql())
                .endsWith(quoted(database, " WHERE (`age` NOT IN (?) AND `age` IS NOT NULL)"));
        assertThat(User.query().where(User.c.age.in(Arrays.asList((Integer) null))).toSql())
                .endsWith(quoted(database, " WHERE `age` IS NULL"));
        assertThat(User.query().where(User.c.age.in(17, 31)).toSql()).endsWith(quoted(database, " WHERE `age` IN (?, ?)"));
        assertThat(User.query().where(User.c.age.in(List.of())).toSql()).endsWith(" WHERE 1=0");
    }

    @DatabaseTest
    void startsWith_treatsWildcardsLiterally_andLikeUsesThem() {
        assertThat(names(User.query().where(User.c.name.startsWith("Al_")).all())).containsExactly("Al_x");
        assertThat(names(User.query().where(User.c.name.startsWith("A")).orderBy(User.c.name.asc()).all()))
                .containsExactly("Al_x", "Ann");
        assertThat(User.query().where(User.c.name.like("A__")).count()).isEqualTo(1);
        assertThat(names(User.query().where(User.c.name.endsWith("o")).all())).containsExactly("Cleo");
        assertThat(names(User.query().where(User.c.name.contains("l_")).all())).containsExactly("Al_x");
    }

    @DatabaseTest
    void like_patternEndingInTheEscape_isRefusedOnEveryDatabase_andAnEscapedEscapeMatchesIt() {
        // PostgreSQL fails such a pattern, MariaDB reads the last '!' literally and SQLite matches nothing with it.
        ActiveRecord.saveAll(List.of(new User("Hey!", 50)));

        assertThatThrownBy(() -> User.c.name.like("Hey!")).isInstanceOf(InvalidArgumentException.class)
                .hasMessage("LIKE pattern 'Hey!' for User.name ends with the escape character '!', which escapes nothing; "
                        + "write '!!' for a literal '!' (or use startsWith/endsWith/contains, which escape their text)");
        assertThatThrownBy(() -> User.c.name.like("Hey!!!")).isInstanceOf(InvalidArgumentException.class);
        assertThat(names(User.query().where(User.c.name.like("Hey!!")).all())).containsExactly("Hey!");
        assertThat(names(User.query().where(User.c.name.endsWith("!")).all())).containsExactly("Hey!");
    }

    @DatabaseTest
    void andOrNot_combine() {
        Condition teenOrSenior = User.c.age.lt(18).or(User.c.age.gt(40));
        assertThat(names(User.query().where(teenOrSenior).orderBy(User.c.name.asc()).all())).containsExactly("Bob", "Cleo");
        assertThat(names(User.query().where(teenOrSenior.not()).orderBy(User.c.name.asc()).all())).containsExactly("Al_x", "Ann");
        assertThat(User.query().where(Condition.and(User.c.age.gt(18), User.c.name.startsWith("C"))).count()).isEqualTo(1);
        assertThat(User.query().where(Condition.or()).count()).isZero();
        assertThat(User.query().where(Condition.and()).count()).isEqualTo(5);
    }

    @DatabaseTest
    void rawFragment_bindsItsValues() {
        assertThat(names(User.query().where("age > ? AND age < ?", 20, 40).orderBy("name").all())).containsExactly("Al_x", "Ann");
        assertThatThrownBy(() -> User.query().where("age > ?", 1, 2)).isInstanceOf(UnsafeSqlException.class)
                .hasMessage("Raw SQL \"age > ?\" has 1 '?' placeholder(s) outside quotes and comments but 2 value(s) were given");
    }

    @DatabaseTest
    void orderLimitOffset_page() {
        Query<User> byName = User.query().orderBy(User.c.name.desc());

        assertThat(names(byName.limit(2).all())).containsExactly("Dee", "Cleo");
        assertThat(names(byName.limit(2).offset(2).all())).containsExactly("Bob", "Ann");
        assertThat(names(byName.offset(3).all())).containsExactly("Ann", "Al_x");
        assertThat(names(User.query().orderBy("name DESC").limit(1).all())).containsExactly("Dee");
    }

    @DatabaseTest
    void orderBy_nullableColumn_sortsNullsAsSmallest_onEveryDatabase() {
        assertThat(names(User.query().orderBy(User.c.age.asc()).all())).containsExactly("Dee", "Bob", "Al_x", "Ann", "Cleo");
        assertThat(names(User.query().orderBy(User.c.age.desc()).all())).containsExactly("Cleo", "Ann", "Al_x", "Bob", "Dee");
        assertThat(names(User.query().orderBy("age DESC").offset(3).limit(2).all())).containsExactly("Bob", "Dee");
        assertThat(User.query().orderBy(User.c.age.asc()).first().name).isEqualTo("Dee");
        assertThat(User.query().orderBy(User.c.age.asc()).limit(1).count()).isEqualTo(1);
    }

    @DatabaseTest
    void first_ofAQueryLimitedToNoRows_isNull_asAllIsEmpty() {
        Query<User> none = User.query().orderBy(User.c.name.asc()).limit(0);

        assertThat(none.all()).isEmpty();
        assertThat(none.first()).isNull();
        assertThat(User.query().limit(0).first()).isNull();
        assertThat(none.one()).isNull();
        assertThat(User.query().orderBy(User.c.name.asc()).limit(3).offset(1).first().name).isEqualTo("Ann");
    }

    @DatabaseTest
    void queries_areImmutable() {
        Query<User> all = User.query();
        Query<User> adults = all.where(User.c.age.ge(18));

        assertThat(all.count()).isEqualTo(5);
        assertThat(adults.count()).isEqualTo(3);
    }

    @DatabaseTest
    void terminalMethods_sayHowManyRowsTheyExpect() {
        assertThat(User.query().where(User.c.name.eq("Ann")).one().age).isEqualTo(31);
        assertThat(User.query().where(User.c.name.eq("Nobody")).one()).isNull();
        assertThat(User.query().where(User.c.name.eq("Nobody")).optional()).isEmpty();
        assertThatThrownBy(() -> User.query().where(User.c.name.eq("Nobody")).oneOrThrow())
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> User.query().one()).isInstanceOf(ActiveRecordException.class)
                .hasMessageStartingWith("Expected at most one User but several match: SELECT");
        assertThat(User.query().first().name).isEqualTo("Ann");
        assertThat(User.query().orderBy(User.c.age.desc()).where(User.c.age.isNotNull()).first().name).isEqualTo("Cleo");
        assertThat(User.query().where(User.c.age.gt(100)).first()).isNull();
    }

    @DatabaseTest
    void findOne_readsTheRecordOfItsKey_andSaysSoWhenTheKeyMatchesSeveralRows(Database database) throws SQLException {
        database.dropTables(Tag.class);
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE tags (code VARCHAR(20), label VARCHAR(50))"); // no key constraint
            statement.execute("INSERT INTO tags (code, label) VALUES ('one', 'One'), ('two', 'Two'), ('two', 'Also two')");
        }
        try {
            assertThat(Tag.findOne("one").label).isEqualTo("One");
            assertThat(Tag.findOne("none")).isNull();
            assertThatThrownBy(() -> Tag.findOne("two")).isInstanceOf(TooManyRowsException.class)
                    .hasMessageStartingWith("Expected at most one Tag but several match: SELECT")
                    .hasMessageEndingWith("; use first() to take the first");
        } finally {
            database.dropTables(Tag.class);
        }
    }

    @DatabaseTest
    void countAndExists_respectFiltersAndLimits() {
        assertThat(User.query().count()).isEqualTo(5);
        assertThat(User.query().limit(2).count()).isEqualTo(2);
        assertThat(User.query().offset(4).count()).isEqualTo(1);
        assertThat(User.query().where(User.c.age.gt(40)).exists()).isTrue();
        assertThat(User.query().where(User.c.age.gt(100)).exists()).isFalse();
    }

    @DatabaseTest
    void stream_readsEveryRow_andReleasesItsConnectionOnClose(Database database) {
        for (int round = 0; round < 30; round++) {
            try (Stream<User> users = User.query().orderBy(User.c.name.asc()).stream(2)) {
                assertThat(users.map(user -> user.name).toList()).containsExactly("Al_x", "Ann", "Bob", "Cleo", "Dee");
            }
        }
        try (Stream<User> users = User.query().stream()) {
            assertThat(users.findFirst()).isPresent();
        }
        assertThat(User.query().count()).isEqualTo(5);
    }

    @DatabaseTest
    void toSql_showsPlaceholders_notValues(Database database, TestDatabases.Kind kind) {
        Query<User> query = User.query().where(User.c.name.eq("Ann")).orderBy(User.c.age.desc()).limit(3);
        // PostgreSQL sorts NULLs as the largest value unless told otherwise; the others as the smallest.
        String nullsLast = kind == TestDatabases.Kind.POSTGRESQL ? " NULLS LAST" : "";

        assertThat(query.toSql()).isEqualTo(quoted(database,
                "SELECT `id`, `name`, `email`, `age` FROM `users` WHERE `name` = ? ORDER BY `age` DESC" + nullsLast + " LIMIT ?"));
        assertThat(User.query().orderBy(User.c.id.asc(), User.c.age.asc()).toSql()).endsWith(quoted(database,
                "ORDER BY `id` ASC, `age` ASC" + (kind == TestDatabases.Kind.POSTGRESQL ? " NULLS FIRST" : "")));
        assertThat(query.parameters()).containsExactly("Ann", 3);
    }

    @DatabaseTest
    void misspelledColumnByString_failsNamingModelAndColumns() {
        assertThatThrownBy(() -> User.query().whereEq("nmae", "Ann")).isInstanceOf(UnknownColumnException.class)
                .hasMessage("Unknown column 'nmae' on User (table users); known columns: id, name, email, age");
        assertThatThrownBy(() -> User.query().orderBy("agee DESC")).isInstanceOf(UnknownColumnException.class)
                .hasMessage("Unknown column 'agee' on User (table users); known columns: id, name, email, age");
    }

    @DatabaseTest
    void anotherModelsColumn_isABadArgument_namingBothModels() {
        assertThatThrownBy(() -> User.query().where(Post.c.title.eq("x")).all()).isInstanceOf(InvalidArgumentException.class)
                .hasMessage("Column Post.title used in a query over User; use User's own columns (User.c)");
        assertThatThrownBy(() -> User.query().orderBy(Post.c.title.asc())).isInstanceOf(InvalidArgumentException.class)
                .hasMessage("Cannot order a query over User by Post.title; use User's own columns");
    }

    @DatabaseTest
    void whereEq_byString_filtersAndChecksTheValueType() {
        assertThat(User.query().whereEq("name", "Bob").one().age).isEqualTo(17);
        assertThatThrownBy(() -> User.query().whereEq("age", "old").all()).isInstanceOf(ActiveRecordException.class)
                .hasMessage("Value String 'old' does not fit column User.age of type Integer");
    }
}

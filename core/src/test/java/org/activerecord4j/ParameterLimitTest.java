package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.activerecord4j.internal.dialect.Dialects;
import org.activerecord4j.models.Post;
import org.activerecord4j.models.User;
import org.activerecord4j.query.Property;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestDatabases.Kind;
import org.activerecord4j.testing.TestSchema;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;

/**
 * A statement binds at most as many values as its database accepts: each dialect's limit is the one its driver
 * really has, a statement over it is refused before any SQL with a message naming the model, the count, the limit
 * and what to do (not the driver's own error, or none at all on MariaDB's text protocol), and the eager loader
 * chunks the owners' keys into what a step's filter leaves.
 */
class ParameterLimitTest {

    private Database database;

    @BeforeEach
    void schema(Database database) {
        this.database = database;
        TestSchema.recreate(database, User.class, Post.class);
    }

    // --- the limits ---

    @DatabaseTest
    void maxParameters_isTheLimitOfTheDriverInUse(Kind kind) throws SQLException {
        int limit = limit();

        assertThat(limit).isEqualTo(switch (kind) {
            case SQLITE -> 250_000;        // sqlite-jdbc is built with SQLITE_MAX_VARIABLE_NUMBER=250000
            case POSTGRESQL -> 65_535;     // pgJDBC 42.4.0 and later: the protocol's unsigned 16-bit count
            case MARIADB, MARIADB_BINARY -> 65_535;   // a server-prepared statement's placeholders
        });
        try (Connection connection = database.dataSource().getConnection()) {
            assertThat((Throwable) runsWith(connection, limit)).as("a statement of exactly the limit runs").isNull();
            if (kind != Kind.MARIADB) {   // the text protocol sends values inline, but the same server may use either
                assertThat((Throwable) runsWith(connection, limit + 1)).as("one more value is refused by the driver").isNotNull();
            }
        }
    }

    /** Runs {@code SELECT 1 WHERE 1 IN (?, …)} with {@code count} values; returns the driver's failure, or null. */
    private static SQLException runsWith(Connection connection, int count) {
        StringBuilder sql = new StringBuilder("SELECT 1 WHERE 1 IN (");
        for (int i = 0; i < count; i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        try (PreparedStatement statement = connection.prepareStatement(sql.append(")").toString())) {
            for (int i = 1; i <= count; i++) {
                statement.setLong(i, i);
            }
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
            }
            return null;
        } catch (SQLException e) {
            return e;
        }
    }

    // --- queries ---

    @DatabaseTest
    void inList_ofExactlyTheLimit_runs() {
        User ann = user("Ann");
        List<Long> ids = ids(limit(), ann.id);

        assertThat(User.query().where(User.c.id.in(ids)).all()).extracting(u -> u.name).containsExactly("Ann");
        assertThat(User.query().where(User.c.id.in(ids)).count()).isEqualTo(1);
    }

    @DatabaseTest
    void inList_overTheLimit_isRefusedBeforeAnySql_byEveryTerminal() {
        user("Ann");
        List<Long> ids = ids(limit() + 1, 1L);
        Query<User> query = User.query().where(User.c.id.in(ids));
        String message = tooMany("User", limit() + 1);
        String withLimit = tooMany("User", limit() + 2);   // first(), one() and exists() bind their LIMIT too

        assertRefused(message, query::all);
        assertRefused(withLimit, query::first);
        assertRefused(withLimit, query::one);
        assertRefused(message, query::count);
        assertRefused(withLimit, query::exists);
        assertRefused(message, () -> {
            try (Stream<User> users = query.stream()) {
                users.forEach(u -> { });
            }
        });
        assertRefused(tooMany("User", limit() + 1), () -> User.query().where(User.c.id.notIn(ids)).all());
        assertThat(User.query().count()).isEqualTo(1);
    }

    @DatabaseTest
    void valuesOverTheLimitSpreadOverSeveralConditions_areRefusedBeforeAnySql() {
        int half = limit() / 2 + 1;
        Query<User> query = User.query().where(User.c.id.in(ids(half, 1L)).or(User.c.age.in(ints(half))));

        assertRefused(tooMany("User", 2 * half), query::all);
    }

    @DatabaseTest
    void rawFragment_overTheLimit_isRefusedBeforeAnySql() {
        int count = limit() + 1;
        String placeholders = String.join(", ", Collections.nCopies(count, "?"));

        assertRefused(tooMany("User", count),
                () -> User.query().where("id IN (" + placeholders + ")", ids(count, 1L).toArray()).all());
    }

    @DatabaseTest
    void execute_overTheLimit_isRefusedBeforeAnySql_namingTheDatabase() {
        int count = limit() + 1;
        String placeholders = String.join(", ", Collections.nCopies(count, "?"));
        String message = String.format(Locale.ROOT, "A statement binds %,d values, more than %s accepts in one "
                + "statement (%,d); split the values over several statements", count, dialect(), limit());

        assertRefused(message, () -> database.execute("DELETE FROM users WHERE id IN (" + placeholders + ")",
                ids(count, 1L).toArray()));
    }

    @DatabaseTest
    void relationQuery_overTheLimit_isRefusedBeforeAnySql() {
        User ann = user("Ann");

        assertRefused(tooMany("Post", limit() + 2), () -> User.posts.query(ann).where(Post.c.id.in(ids(limit() + 1, 1L))).all());
    }

    // --- eager loading ---

    @DatabaseTest
    void eagerFilter_thatLeavesNoRoomForAKey_isRefusedBeforeAnySql() {
        user("Ann");
        List<Long> ids = ids(limit(), 1L);

        assertRefused(tooMany("Post", limit() + 1),
                () -> User.query().with("posts", q -> q.where(Post.c.id.in(ids))).all());
    }

    @DatabaseTest
    void eagerFilter_nearTheLimit_splitsTheOwnersKeysOverWhatItLeaves() {
        List<Post> written = new ArrayList<>();
        for (String name : List.of("Ann", "Bob", "Cid")) {
            written.add(post(user(name), "by " + name));
        }
        List<Long> postIds = ids(limit() - 2, written.get(0).id, written.get(2).id);

        List<User> users = new ArrayList<>();
        int statements = StatementCounter.count(database, () -> users.addAll(User.query().orderBy(User.c.id.asc())
                .with("posts", q -> q.where(Post.c.id.in(postIds))).all()));

        assertThat(statements).as("the users, then two keys per statement for three owners").isEqualTo(3);
        assertThat(users).extracting(u -> u.posts().size()).containsExactly(1, 0, 1);
    }

    // --- async ---

    @DatabaseTest
    void async_overTheLimit_failsAsTheSyncCall_beforeAnySql() {
        List<Long> ids = ids(limit() + 1, 1L);
        AsyncQuery<org.activerecord4j.models.async.User> query = AsyncActiveRecord.query(org.activerecord4j.models.async.User.class)
                .where(new Property<>(org.activerecord4j.models.async.User.class, "id").in(ids));
        String message = tooMany("User", limit() + 1);

        assertFailsBeforeSql(message, query::all);
        assertFailsBeforeSql(message, query::count);
        assertFailsBeforeSql(tooMany("User", limit() + 2), query::exists);
    }

    // --- helpers ---

    private void assertRefused(String message, ThrowingCallable call) {
        int statements = StatementCounter.count(database, () -> assertThatThrownBy(call)
                .isExactlyInstanceOf(InvalidArgumentException.class).hasMessage(message));
        assertThat(statements).as("statements run").isZero();
    }

    private void assertFailsBeforeSql(String message, java.util.function.Supplier<CompletableFuture<?>> call) {
        int statements = StatementCounter.count(database, () -> {
            Throwable failure = catchThrowable(() -> call.get().join());
            assertThat(failure).isExactlyInstanceOf(CompletionException.class)
                    .cause().isExactlyInstanceOf(InvalidArgumentException.class).hasMessage(message);
        });
        assertThat(statements).as("statements run").isZero();
    }

    private String tooMany(String model, int count) {
        return String.format(Locale.ROOT, "A statement over %s binds %,d values, more than %s accepts in one statement "
                + "(%,d); split the values over several queries, or select the rows with a condition the database "
                + "evaluates (a join or subquery) instead of listing the values", model, count, dialect(), limit());
    }

    private int limit() {
        return Dialects.forUrl(database.url()).maxParameters();
    }

    private String dialect() {
        return database.dialectName();
    }

    /** {@code count} distinct keys that start with {@code first} (and the others given), then keys no row has. */
    private static List<Long> ids(int count, Long... first) {
        List<Long> ids = new ArrayList<>(count);
        Collections.addAll(ids, first);
        for (long i = 1_000_000; ids.size() < count; i++) {
            ids.add(i);
        }
        return ids;
    }

    private static List<Integer> ints(int count) {
        List<Integer> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(1_000_000 + i);
        }
        return values;
    }

    private static User user(String name) {
        User user = new User(name, 30);
        user.save();
        return user;
    }

    private static Post post(User author, String title) {
        Post post = new Post(title);
        post.userId = author.id;
        post.save();
        return post;
    }
}

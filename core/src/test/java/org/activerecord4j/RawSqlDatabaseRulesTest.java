package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.activerecord4j.models.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/**
 * Hand-written SQL is read by its own database's rules: a fragment MariaDB reads as one condition
 * ({@code 'it\'s'}) runs there instead of being refused by the rules of another database, and MariaDB's
 * {@code 5--1}, two minus signs to its server and a comment to its driver, is refused there, even where the
 * other databases read a harmless comment.
 */
class RawSqlDatabaseRulesTest {

    @BeforeEach
    void rows(Database database) {
        TestSchema.recreate(database, User.class);
        database.use(() -> {
            new User("it's", 6).save();
            new User("Bob", 5).save();
        });
    }

    @DatabaseTest
    void aBackslashEscapedQuote_runsOnMariadb_andIsRefusedWhereABackslashEscapesNothing(Database database) {
        database.use(() -> {
            if (database.dialectName().equals("mariadb")) {
                assertThat(User.query().where("name = 'it\\'s'").all()).extracting(user -> user.age).containsExactly(6);
                assertThat(database.execute("UPDATE users SET age = 7 WHERE name = 'it\\'s'")).isEqualTo(1);
            } else {
                assertThatThrownBy(() -> User.query().where("name = 'it\\'s'").all())
                        .isInstanceOf(UnsafeSqlException.class).hasMessageContaining("never closed");
            }
        });
    }

    @DatabaseTest
    void twoDashesBeforeADigit_areRefusedEverywhere_asACommentOrAsTextMariadbAndItsDriverReadApart(Database database) {
        database.use(() -> {
            assertThatThrownBy(() -> User.query().where("age = 5--1").all())
                    .isInstanceOf(UnsafeSqlException.class).hasMessageContaining("line comment");
            assertThatThrownBy(() -> database.execute("UPDATE users SET age = 5--1 WHERE name = ?", "Bob"))
                    .isInstanceOf(UnsafeSqlException.class);
            if (database.dialectName().equals("mariadb")) {
                for (String twoStatements : new String[] {"UPDATE users SET age = 5--1; DELETE FROM users",
                        "UPDATE users SET age = 5--\u00a0; DELETE FROM users"}) {
                    assertThatThrownBy(() -> database.execute(twoStatements)).isInstanceOf(UnsafeSqlException.class)
                            .hasMessageContaining("at position 24 is read as two minus signs by the server");
                }
                assertThat(User.query().count()).isEqualTo(2);
                assertThat(User.query().where("age = 6").count()).isEqualTo(1);
            } else {
                assertThat(database.execute("UPDATE users SET age = 5--1; DELETE FROM users")).isEqualTo(2);
                assertThat(User.query().where("age = 5").count()).isEqualTo(2);
            }
            assertThat(database.execute("UPDATE users SET age = 8 -- ; DELETE FROM users")).isEqualTo(2);
            assertThat(database.execute("UPDATE users SET age = 9 --\t; DELETE FROM users")).isEqualTo(2);
            assertThat(User.query().where("age = 9").count()).isEqualTo(2);
        });
    }
}

package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestDatabases;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

class SafetyTest {

    private static final List<String> HOSTILE = List.of(
            "'; DROP TABLE users; --",
            "Robert'); DROP TABLE users;--",
            "\" OR \"1\"=\"1",
            "' OR '1'='1",
            "back\\slash \\' \\\" \\\\",
            "percent % underscore _ bang !",
            "`backtick` $$dollar$$ /* comment */ -- dash");

    @BeforeEach
    void schema(Database database) {
        TestSchema.recreate(database, User.class);
    }

    @DatabaseTest
    void injectionStrings_areStoredAndReadBackUnchanged_andTheTableIsIntact(Database database) {
        for (String hostile : HOSTILE) {
            User user = new User(hostile, 1);
            user.email = hostile;
            user.save();

            User loaded = User.findOneOrThrow(user.id);
            assertThat(loaded.name).isEqualTo(hostile);
            assertThat(User.query().where(User.c.name.eq(hostile)).one().id).isEqualTo(user.id);
            assertThat(User.query().where(User.c.email.startsWith(hostile)).count()).isEqualTo(1);
            assertThat(User.query().where("name = ?", hostile).count()).isEqualTo(1);
        }
        assertThat(User.query().count()).isEqualTo(HOSTILE.size());
    }

    @DatabaseTest
    void nulCharacter_isStored_orRejectedClearlyWithNoRow(Database database) {
        User user = new User("a\u0000b", 1);
        if (database.dialectName().equals("postgresql")) {
            // PostgreSQL text cannot hold NUL at all, so it is refused before any SQL; the others store it.
            assertThatThrownBy(user::save).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("contains the NUL character (U+0000) at index 1");
            assertThat(User.query().count()).isZero();
        } else {
            user.save();
            assertThat(User.findOneOrThrow(user.id).name).isEqualTo("a\u0000b");
        }
    }

    @DatabaseTest
    void statementFailure_carriesSql_andHidesValuesByDefault(Database database) {
        StatementFailedException failure = catchThrowableOfType(StatementFailedException.class,
                () -> database.execute("INSERT INTO missing_table (a, b) VALUES (?, ?)", "x", 7));

        assertThat(failure.sql()).isEqualTo("INSERT INTO missing_table (a, b) VALUES (?, ?)");
        assertThat(failure.parameters()).containsExactly("?", "?");
        assertThat(failure.getMessage())
                .startsWith("Statement failed on " + database.dialectName() + ": ")
                .endsWith("\n  SQL: INSERT INTO missing_table (a, b) VALUES (?, ?)\n  Parameters: [?, ?]");
        assertThat((Throwable) failure.getCause()).isInstanceOf(java.sql.SQLException.class);
    }


    @DatabaseTest
    void constraintViolations_keepTheValuesOutOfEveryMessage_byDefault(Database database) {
        database.execute("DROP TABLE IF EXISTS secret_codes");
        database.execute("CREATE TABLE secret_codes (code VARCHAR(40) UNIQUE, other VARCHAR(40) NOT NULL)");
        database.execute("INSERT INTO secret_codes (code, other) VALUES (?, ?)", "hush-hush-1", "kept-quiet-1");

        StatementFailedException duplicate = catchThrowableOfType(StatementFailedException.class,
                () -> database.execute("INSERT INTO secret_codes (code, other) VALUES (?, ?)", "hush-hush-1", "kept-quiet-2"));
        StatementFailedException missing = catchThrowableOfType(StatementFailedException.class,
                () -> database.execute("INSERT INTO secret_codes (code, other) VALUES (?, NULL)", "hush-hush-3"));

        for (StatementFailedException failure : List.of(duplicate, missing)) {
            assertThat(failure).isNotNull();
            for (Throwable link = failure; link != null; link = link.getCause()) {
                assertThat(String.valueOf(link.getMessage())).doesNotContain("hush-hush", "kept-quiet");
                assertThat(link.toString()).doesNotContain("hush-hush", "kept-quiet");
            }
        }
        assertThat((Throwable) duplicate.getCause()).isInstanceOf(java.sql.SQLException.class);
        database.execute("DROP TABLE secret_codes");
    }

    @DatabaseTest
    void constraintViolations_showTheDriversWholeMessage_whenValuesAreNotRedacted(Database database, TestDatabases.Kind kind) {
        try (Database unredacted = TestDatabases.builder(kind).redactParameters(false).build()) {
            unredacted.execute("DROP TABLE IF EXISTS secret_codes");
            unredacted.execute("CREATE TABLE secret_codes (code VARCHAR(40) UNIQUE)");
            unredacted.execute("INSERT INTO secret_codes (code) VALUES (?)", "hush-hush-1");

            StatementFailedException duplicate = catchThrowableOfType(StatementFailedException.class,
                    () -> unredacted.execute("INSERT INTO secret_codes (code) VALUES (?)", "hush-hush-1"));

            assertThat(duplicate.parameters()).containsExactly("hush-hush-1");
            if (!database.dialectName().equals("sqlite")) {
                // SQLite's message names the column only; the servers' name the duplicate value.
                assertThat(duplicate.getMessage()).contains("hush-hush-1");
            }
            unredacted.execute("DROP TABLE secret_codes");
        }
    }

    @DatabaseTest
    void wrongValueType_failsBeforeAnySql(Database database) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        org.activerecord4j.query.Property<User, Object> age = (org.activerecord4j.query.Property) User.c.age;

        assertThat(StatementCounter.count(database, () -> assertThatThrownBy(() -> User.query().where(age.eq("x")).all())
                .hasMessage("Value String 'x' does not fit column User.age of type Integer"))).isZero();
    }
}

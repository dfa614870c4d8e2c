package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.activerecord4j.models.Post;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.TableChecksums;
import org.activerecord4j.testing.TestDatabases;
import org.activerecord4j.testing.TestSchema;

/**
 * Whatever text reaches {@code where(String)}, {@code orderBy(String)} or {@code with(String)}, no table is
 * ever altered, and a refusal is an {@link ActiveRecordException}. The text is built from the pieces an
 * injection is made of: quotes of every kind, separators, comments, parentheses, placeholders and
 * statements that would write.
 */
class RawSqlPropertyTest {

    private static final String[] TABLES = {"users", "posts"};
    private static final List<String> PIECES = List.of(
            "'", "''", "\"", "`", "\\", "\\'", ";", "--", "#", "/*", "*/", "(", ")", "?", "?|", "??", "$$", "$x$", "E'",
            "\n", " ", "1=1", "OR", "AND", "name", "age", "id", "posts", "author", "comments", ".", "..", "DESC", "ASC",
            "DROP TABLE users", "DELETE FROM posts", "UPDATE users SET age = 0", "INSERT INTO users (name) VALUES ('x')",
            "TRUNCATE posts", "SELECT 1", "= 'Ann'", "> 30", "NULL");

    @BeforeProperty
    void data() {
        for (Database database : TestDatabases.usable()) {
            TestSchema.recreate(database, User.class, Post.class);
            database.use(() -> {
                User ann = new User("Ann", 31);
                ann.save();
                Post post = new Post("hello");
                post.userId = ann.id;
                post.save();
            });
        }
    }

    @Property(tries = 150)
    void randomText_neverAltersATable_andIsRefusedAsAnActiveRecordException(@ForAll("injections") String text) {
        for (Database database : TestDatabases.usable()) {
            Map<String, String> before = TableChecksums.of(database, TABLES);
            database.use(() -> {
                assertRefusedOrRead(text, () -> User.query().where(text).all());
                assertRefusedOrRead(text, () -> User.query().orderBy(text).all());
                assertRefusedOrRead(text, () -> User.query().with(text).all());
            });
            assertThat(TableChecksums.of(database, TABLES)).as(database.dialectName() + " tables after \"" + text + "\"")
                    .isEqualTo(before);
        }
    }

    private static void assertRefusedOrRead(String text, Runnable query) {
        Throwable thrown = catchThrowable(query::run);
        if (thrown != null) {
            assertThat(thrown).as("what \"" + text + "\" threw").isInstanceOf(ActiveRecordException.class);
        }
    }

    @Provide
    Arbitrary<String> injections() {
        return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(8).map(pieces -> String.join("", pieces));
    }
}

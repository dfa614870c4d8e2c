package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.activerecord4j.models.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestDatabases;
import org.activerecord4j.testing.TestDatabases.Kind;
import org.activerecord4j.testing.TestPools;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.Test;

/**
 * {@code execute(...)} refuses a statement that begins, ends or marks a transaction by hand (BEGIN, COMMIT,
 * ROLLBACK, SAVEPOINT, ...), in whatever case and behind whatever comments: a BEGIN outside a transaction left a
 * pooled connection inside a transaction the pool knew nothing of, so the next caller's writes were lost when the
 * connection closed; a COMMIT inside {@code transaction(...)} kept rows whose records the rollback then restored as
 * never saved.
 */
class TransactionControlStatementTest {

    private static final String[] CONTROL = {"BEGIN", "begin;", "  /* a comment */ Commit", "-- c\nROLLBACK",
            "START TRANSACTION", "END", "SAVEPOINT s1", "RELEASE SAVEPOINT s1", "ROLLBACK TO SAVEPOINT s1", "commit work"};

    @DatabaseTest
    void aHandWrittenBegin_isRefused_andTheNextWriteOnThatConnectionIsCommitted(Database shared) {
        String url;
        try (Database database = TestPools.builderLike(shared).maximumPoolSize(1).build()) {
            url = database.url();
            TestSchema.recreate(database, User.class);
            for (String control : CONTROL) {
                assertThatThrownBy(() -> database.execute(control), control)
                        .isInstanceOf(UnsafeSqlException.class)
                        .hasMessageContaining("begins, ends or marks a transaction")
                        .hasMessageContaining("database.transaction(...)");
            }
            database.use(() -> new User("Ann", 31).save());
        }
        // Read after the pool closed its connection, which rolled back whatever transaction it was left in.
        if (shared.dialectName().equals("sqlite")) {
            try (Database again = Database.builder(url).build()) {
                assertThat(again.use(() -> User.query().count())).isEqualTo(1);
            }
        } else {
            assertThat(shared.use(() -> User.query().count())).isEqualTo(1);
        }
    }

    @Test
    void autoCommitTurnedOffByHand_isRefusedOnMariadb() {
        Database database = TestDatabases.require(Kind.MARIADB);
        for (String off : new String[] {"SET autocommit = 0", "set @@session.autocommit=0", "SET SESSION autocommit=0"}) {
            assertThatThrownBy(() -> database.execute(off), off).isInstanceOf(UnsafeSqlException.class)
                    .hasMessageContaining("database.transaction(...)");
        }
        assertThat(database.execute("SET @autocommit_like = 0")).isZero();
    }

    @DatabaseTest
    void aHandWrittenCommit_insideATransaction_isRefused_andTheTransactionRollsBackWhole(Database shared) {
        try (Database database = TestPools.builderLike(shared).maximumPoolSize(1).build()) {
            TestSchema.recreate(database, User.class);
            User ann = new User("Ann", 31);

            Throwable failure = catchThrowable(() -> database.transaction(() -> {
                database.use(() -> ann.save());
                database.execute("COMMIT");
            }));

            assertThat(failure).isInstanceOf(UnsafeSqlException.class);
            assertThat(ann.isNewRecord()).isTrue();
            assertThat(database.use(() -> User.query().count())).isZero();
        }
    }
}

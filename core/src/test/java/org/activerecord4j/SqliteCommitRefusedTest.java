package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.activerecord4j.models.Post;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.TestDatabases;
import org.activerecord4j.testing.TestDatabases.Kind;
import org.activerecord4j.testing.TestPools;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.Test;

/**
 * SQLite only, where a COMMIT can be refused (a deferred foreign key that still fails, here through
 * {@code PRAGMA defer_foreign_keys}, as a migration may turn it on) and sqlite-jdbc notes auto-commit on before its
 * COMMIT runs, leaving the refused transaction open under a connection that says it has none. The transaction fails as
 * PostgreSQL's refused COMMIT does ({@code CommitOutcomeUnknownTest}): rolled back, its records restored, the pool's
 * connection ready for the next one. Before the fix, the caller got a NullPointerException from the pool.
 */
class SqliteCommitRefusedTest {

    @Test
    void commitRefusedByADeferredForeignKey_rollsBack_restoresTheRecords_andTheNextTransactionCommits() {
        try (Database database = TestPools.builderLike(TestDatabases.require(Kind.SQLITE)).maximumPoolSize(1).build()) {
            assertRefusedCommitRollsBack(database);
        }
    }

    @Test
    void inMemory_commitRefusedByADeferredForeignKey_rollsBack_restoresTheRecords_andTheNextTransactionCommits() {
        try (Database database = Database.sqlite(":memory:")) {
            assertRefusedCommitRollsBack(database);
        }
    }

    private static void assertRefusedCommitRollsBack(Database database) {
        TestSchema.recreate(database, User.class, Post.class);
        User ann = new User("Ann", 31);
        Post orphan = new Post("points at no user");
        orphan.userId = 9_999_999L;

        Throwable failure = catchThrowable(() -> database.transaction(() -> {
            database.execute("PRAGMA defer_foreign_keys = ON");
            ann.save();
            orphan.save();               // accepted: the foreign key is checked at COMMIT
        }));

        assertThat(failure)
                .isExactlyInstanceOf(ActiveRecordException.class)
                .hasMessageStartingWith("Commit failed on sqlite " + database.url() + "; the transaction was rolled back "
                        + "and its records restored: [SQLITE_CONSTRAINT_FOREIGNKEY]");
        assertThat(ann.isNewRecord()).isTrue();
        assertThat(ann.id).isNull();
        assertThat(orphan.isNewRecord()).isTrue();
        assertThat(orphan.id).isNull();
        assertThat(TestPools.activeConnections(database)).isZero();
        assertThat(database.use(() -> User.query().count())).isZero();

        User bob = new User("Bob", 40);
        IllegalStateException declined = new IllegalStateException("declined");
        assertThat(catchThrowable(() -> database.transaction(() -> {
            bob.save();
            throw declined;
        }))).isSameAs(declined);
        assertThat(database.use(() -> User.query().count())).as("the next rollback undoes its insert").isZero();
        database.transaction(() -> {
            ann.save();
        });
        assertThat(database.use(() -> User.query().all())).extracting(user -> user.name).containsExactly("Ann");
        assertThat(TestPools.activeConnections(database)).isZero();
    }
}

package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.activerecord4j.models.Order;
import org.activerecord4j.models.Post;
import org.activerecord4j.models.Profile;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestDatabases;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/**
 * A block that catches a failed statement and returns normally: the transaction either commits what the block
 * wrote, or fails, restoring its records; it never returns as if it committed while the database threw the writes
 * away. PostgreSQL aborts a transaction at its first failed statement and answers the COMMIT that follows with a
 * ROLLBACK, which pgJDBC does not report: before the fix the block returned normally, the saved record kept its
 * key and claimed a row that did not exist (silent loss). SQLite and MariaDB undo only the failed statement, so
 * there the rest commits.
 */
class CaughtStatementFailureTest {

    @BeforeEach
    void schema(Database database) {
        TestSchema.recreate(database, User.class, Post.class, Profile.class, Order.class);
    }

    @DatabaseTest
    void caughtStatementFailure_blockReturns_recordIsSavedOnlyIfItsRowWasCommitted(TestDatabases.Kind kind) {
        User ann = new User("Ann", 31);
        Post orphan = new Post("points at no user");
        orphan.userId = 9_999_999L;      // the foreign key refuses it

        Throwable thrown = catchThrowable(() -> ActiveRecord.transaction(() -> {
            ann.save();
            try {
                orphan.save();
            } catch (StatementFailedException refused) {
                // the application carries on without the post
            }
        }));

        if (kind == TestDatabases.Kind.POSTGRESQL) {
            assertThat(thrown).isInstanceOf(ActiveRecordException.class)
                    .hasMessageStartingWith("Transaction rolled back: a statement failed inside it, and on postgresql ")
                    .hasCauseInstanceOf(StatementFailedException.class);
            assertThat(ann.isNewRecord()).isTrue();
            assertThat(ann.id).isNull();
            assertThat(User.query().count()).isZero();
        } else {
            assertThat(thrown).isNull();
            assertThat(ann.isNewRecord()).isFalse();
            assertThat(User.findOneOrThrow(ann.id).name).isEqualTo("Ann");
        }
        assertThat(orphan.isNewRecord()).isTrue();
        assertThat(orphan.id).isNull();
    }

    @DatabaseTest
    void asyncChainRecoversFromAFailedStatement_recordIsSavedOnlyIfItsRowWasCommitted(TestDatabases.Kind kind) {
        org.activerecord4j.models.async.User ann = new org.activerecord4j.models.async.User("Ann", 31);
        org.activerecord4j.models.async.Post orphan = new org.activerecord4j.models.async.Post("points at no user");
        orphan.userId = 9_999_999L;

        CompletableFuture<Object> chain = AsyncActiveRecord.transaction(() -> ann.save()
                .thenCompose(saved -> orphan.save())
                .handle((saved, refused) -> null));     // the chain carries on without the post

        Throwable thrown = catchThrowable(chain::join);

        if (kind == TestDatabases.Kind.POSTGRESQL) {
            assertThat(thrown).isInstanceOf(CompletionException.class).cause().isInstanceOf(ActiveRecordException.class)
                    .hasMessageStartingWith("Transaction rolled back: a statement failed inside it, and on postgresql ");
            assertThat(ann.isNewRecord()).isTrue();
            assertThat(ann.id).isNull();
            assertThat(org.activerecord4j.models.async.User.query().count().join()).isZero();
        } else {
            assertThat(thrown).isNull();
            assertThat(ann.isNewRecord()).isFalse();
            assertThat(org.activerecord4j.models.async.User.query().count().join()).isEqualTo(1);
        }
    }
}

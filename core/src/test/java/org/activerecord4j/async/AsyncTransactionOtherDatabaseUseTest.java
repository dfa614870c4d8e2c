package org.activerecord4j.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.Database;
import org.activerecord4j.models.async.Post;
import org.activerecord4j.models.async.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestPools;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/**
 * An async call the chain of a transaction on one database makes inside {@code other.use(...)} goes to
 * {@code other}, as the sync call in {@code other.use(...)} inside a sync transaction block does: a write fails
 * (one transaction spans one database) and a read reads {@code other}. Before, the call ran on the transaction's
 * connection with the transaction's routing, so a row meant for {@code other} was written, and committed, into
 * the transaction's database, and a read read the wrong database.
 */
class AsyncTransactionOtherDatabaseUseTest {

    @BeforeEach
    void schema(Database database) {
        TestSchema.recreate(database, User.class, Post.class);
    }

    @DatabaseTest
    void writeInOtherUse_inAnAsyncTransaction_failsAsTheSyncWrite_andWritesNowhere(Database database) throws Exception {
        try (Database other = TestPools.builderLike(database).build()) {
            TestSchema.recreate(other, User.class, Post.class);
            Throwable sync = catchThrowable(() -> database.transaction(
                    () -> other.use(() -> new org.activerecord4j.models.User("Ann", 31).save())));
            User ann = new User("Ann", 31);

            Throwable failure = catchThrowable(() -> database.transactionAsync(() -> User.query().count()
                    .thenCompose(none -> other.use(() -> ann.save()))).get(30, TimeUnit.SECONDS));

            assertThat(sync).as("the sync write's failure").isExactlyInstanceOf(ActiveRecordException.class)
                    .hasMessageContaining("one transaction spans one database");
            assertThat(failure).isInstanceOf(ExecutionException.class).cause()
                    .isExactlyInstanceOf(ActiveRecordException.class).hasMessage(sync.getMessage());
            assertThat(ann.isNewRecord()).isTrue();
            assertThat(User.query().count().get(30, TimeUnit.SECONDS)).as("rows in the transaction's database").isZero();
            assertThat(other.use(() -> User.query().count()).get(30, TimeUnit.SECONDS)).as("rows in other").isZero();
        }
    }

    /**
     * On a server {@link TestPools#builderLike} reaches the same database: there the read shows which connection it
     * ran on, since only the transaction's sees the row the chain wrote before it.
     */
    @DatabaseTest
    void readInOtherUse_inAnAsyncTransaction_readsOther_asTheSyncRead(Database database) throws Exception {
        try (Database other = TestPools.builderLike(database).build()) {
            TestSchema.recreate(other, User.class, Post.class);
            other.use(() -> AsyncActiveRecord.saveAll(List.of(new User("Bob", 40), new User("Cy", 50))))
                    .get(30, TimeUnit.SECONDS);
            long sync = database.transaction(() -> other.use(() -> org.activerecord4j.models.User.query().count()));

            long read = database.transactionAsync(() -> new User("Ann", 31).save()
                    .thenCompose(saved -> other.use(() -> User.query().count()))).get(30, TimeUnit.SECONDS);

            assertThat(sync).as("the sync read").isEqualTo(2);
            assertThat(read).isEqualTo(sync);
        }
    }
}

package org.activerecord4j.async;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.Database;
import org.activerecord4j.models.async.Post;
import org.activerecord4j.models.async.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestPools;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/**
 * A nested {@code other.transactionAsync(...)} inside an async transaction that already runs on another
 * database: one transaction spans one database, so it fails naming both, as the sync
 * {@code other.transaction(...)} nested in a block that wrote to the default database does, and as the async
 * one does when the outer transaction named its database. Before, an outer {@code AsyncActiveRecord.transaction}
 * (which names none) let the nested body run, its statements going to the outer's database, not to the one it
 * named.
 */
class AsyncNestedTransactionOtherDatabaseTest {

    @BeforeEach
    void schema(Database database) {
        TestSchema.recreate(database, User.class, Post.class);
    }

    @DatabaseTest
    void nestedTransactionNamingAnotherDatabase_afterTheOuterWrote_failsNamingBoth(Database database) throws Exception {
        try (Database other = TestPools.builderLike(database).build()) {
            User ann = new User("Ann", 31);
            User bob = new User("Bob", 40);

            Throwable failure = AsyncActiveRecord.transaction(() -> ann.save()
                    .thenCompose(saved -> other.transactionAsync(() -> bob.save())))
                    .handle((value, thrown) -> thrown).get(30, TimeUnit.SECONDS);

            assertThat(failure).as("the outer transaction's failure").isNotNull()
                    .hasMessageContaining("one transaction spans one database");
            assertThat(bob.isNewRecord()).isTrue();
            assertThat(User.query().count().get(30, TimeUnit.SECONDS)).isZero();
        }
    }

    /**
     * The nested transaction is the outer's first work: the sync nesting binds the whole transaction to the
     * database the nested block names and writes there. Only SQLite can show where the row went: on a server
     * {@link TestPools#builderLike} reaches the same database, so this passes there whatever the routing.
     */
    @DatabaseTest
    void nestedTransactionNamingAnotherDatabase_asTheOutersFirstWork_writesToTheDatabaseItNames(Database database)
            throws Exception {
        try (Database other = TestPools.builderLike(database).build()) {
            TestSchema.recreate(other, User.class, Post.class);
            User bob = new User("Bob", 40);

            AsyncActiveRecord.transaction(() -> other.transactionAsync(() -> bob.save())).get(30, TimeUnit.SECONDS);

            assertThat(other.use(() -> User.query().count()).get(30, TimeUnit.SECONDS))
                    .as("rows in the database the nested transaction names").isEqualTo(1);
        }
    }
}

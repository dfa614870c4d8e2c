package org.activerecord4j.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.activerecord4j.ActiveRecord;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.Database;
import org.activerecord4j.InvalidArgumentException;
import org.activerecord4j.RecordNotFoundException;
import org.activerecord4j.StatementFailedException;
import org.activerecord4j.TooManyRowsException;
import org.activerecord4j.models.async.Order;
import org.activerecord4j.models.async.Post;
import org.activerecord4j.models.async.Profile;
import org.activerecord4j.models.async.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;

/**
 * An async call fails its future with the exception the sync call throws: the same type and the same message
 * (each test compares against the sync twin's exception), unwrapped, and never throws on the calling thread.
 */
class AsyncErrorsTest {

    @BeforeEach
    void schema(Database database) {
        TestSchema.recreate(database, User.class, Post.class, Profile.class, Order.class);   // a user's delete reads the last two
    }

    @DatabaseTest
    void findOneOrThrow_missingKey_failsAsTheSyncCall() {
        assertFailsAsSync(RecordNotFoundException.class, User.findOneOrThrow(-1L),
                () -> org.activerecord4j.models.User.findOneOrThrow(-1L));
    }

    @DatabaseTest
    void oneOrThrow_noMatch_failsAsTheSyncCall() {
        assertFailsAsSync(RecordNotFoundException.class, User.query().whereEq("name", "nobody").oneOrThrow(),
                () -> org.activerecord4j.models.User.query().whereEq("name", "nobody").oneOrThrow());
    }

    @DatabaseTest
    void oneOrThrowOneAndOptional_twoMatches_failAsTheSyncCalls() {
        twoUsersNamedAnn();

        assertFailsAsSync(TooManyRowsException.class, User.query().whereEq("name", "Ann").oneOrThrow(),
                () -> org.activerecord4j.models.User.query().whereEq("name", "Ann").oneOrThrow());
        assertFailsAsSync(TooManyRowsException.class, User.query().whereEq("name", "Ann").one(),
                () -> org.activerecord4j.models.User.query().whereEq("name", "Ann").one());
        assertFailsAsSync(TooManyRowsException.class, User.query().whereEq("name", "Ann").optional(),
                () -> org.activerecord4j.models.User.query().whereEq("name", "Ann").one());
    }

    @DatabaseTest
    void failingStatement_failsAsTheSyncCall_andGetWrapsItInExecutionException() {
        CompletableFuture<?> read = User.query().where("no_such_column = ?", 1).all();

        assertFailsAsSync(StatementFailedException.class, read,
                () -> org.activerecord4j.models.User.query().where("no_such_column = ?", 1).all());
        assertThatThrownBy(() -> read.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(StatementFailedException.class);
    }

    @DatabaseTest
    void failingWrite_failsAsTheSyncCall() {
        Post orphan = new Post("points at no user");
        orphan.userId = 9_999_999L;
        org.activerecord4j.models.Post syncOrphan = new org.activerecord4j.models.Post("points at no user");
        syncOrphan.userId = 9_999_999L;

        assertFailsAsSync(StatementFailedException.class, orphan.save(), syncOrphan::save);
        assertThat(orphan.isNewRecord()).isTrue();
    }

    @DatabaseTest
    void saveAllOfNull_orOfANullRecord_failsAsTheSyncCall_withoutThrowingOnTheCaller() {
        CompletableFuture<Void> ofNull = AsyncActiveRecord.saveAll(null);
        CompletableFuture<Void> ofNullRecord = AsyncActiveRecord.saveAll(Arrays.asList(new User("Ann", 31), null));

        assertThat(ofNull).isCompletedExceptionally();
        assertThat(ofNullRecord).isCompletedExceptionally();
        assertFailsAsSync(InvalidArgumentException.class, ofNull, () -> ActiveRecord.saveAll(null));
        assertFailsAsSync(InvalidArgumentException.class, ofNullRecord,
                () -> ActiveRecord.saveAll(Arrays.asList(new org.activerecord4j.models.User("Ann", 31), null)));
        assertThat(User.query().count().join()).isZero();
    }

    @DatabaseTest
    void findOneOrThrowOfANullKey_andFindersOfANullModel_failAsTheSyncCalls_withoutThrowingOnTheCaller() {
        CompletableFuture<User> ofNullKey = User.findOneOrThrow(null);
        CompletableFuture<User> ofNullModel = AsyncActiveRecord.findOne(null, 1L);
        CompletableFuture<User> orThrowOfNullModel = AsyncActiveRecord.findOneOrThrow(null, 1L);

        assertThat(ofNullKey).isCompletedExceptionally();
        assertThat(ofNullModel).isCompletedExceptionally();
        assertThat(orThrowOfNullModel).isCompletedExceptionally();
        assertFailsAsSync(InvalidArgumentException.class, ofNullKey, () -> org.activerecord4j.models.User.findOneOrThrow(null));
        assertFailsAsSync(InvalidArgumentException.class, ofNullModel,
                () -> ActiveRecord.<org.activerecord4j.models.User>findOne(null, 1L));
        assertFailsAsSync(InvalidArgumentException.class, orThrowOfNullModel,
                () -> ActiveRecord.<org.activerecord4j.models.User>findOneOrThrow(null, 1L));
    }

    @DatabaseTest
    void deleteOfANewRecord_andReloadOfADeletedOne_failAsTheSyncCalls() {
        User gone = new User("Ann", 31).save().join();
        org.activerecord4j.models.User syncGone = org.activerecord4j.models.User.findOneOrThrow(gone.id);
        User.findOneOrThrow(gone.id).thenCompose(User::delete).join();   // through another instance

        assertFailsAsSync(ActiveRecordException.class, new User("Bob", 40).delete(),
                () -> new org.activerecord4j.models.User("Bob", 40).delete());
        assertFailsAsSync(RecordNotFoundException.class, gone.reload(), syncGone::reload);
    }

    private static void twoUsersNamedAnn() {
        AsyncActiveRecord.saveAll(Arrays.asList(new User("Ann", 31), new User("Ann", 32))).join();
    }

    /**
     * Asserts that {@code future} fails with exactly the type and message of what {@code sync} throws, which must be a
     * {@code type}; {@code join()} wraps it in a CompletionException, with nothing between.
     */
    private static void assertFailsAsSync(Class<? extends Throwable> type, CompletableFuture<?> future, ThrowingCallable sync) {
        Throwable expected = catchThrowable(sync);
        assertThat(expected).as("the sync call's failure").isInstanceOf(type);
        assertThatThrownBy(() -> future.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
        Throwable actual = catchThrowable(future::join);
        assertThat(actual).isExactlyInstanceOf(CompletionException.class).cause().isExactlyInstanceOf(expected.getClass());
        assertThat(withoutConnectionId(actual.getCause().getMessage())).isEqualTo(withoutConnectionId(expected.getMessage()));
    }

    /** MariaDB's messages name the connection ({@code (conn=1234)}), which differs between two calls. */
    private static String withoutConnectionId(String message) {
        return message.replaceAll("\\(conn=\\d+\\) ", "");
    }
}

package org.activerecord4j.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.Database;
import org.activerecord4j.StatementCounter;
import org.activerecord4j.StatementFailedException;
import org.activerecord4j.models.async.Order;
import org.activerecord4j.models.async.Post;
import org.activerecord4j.models.async.Profile;
import org.activerecord4j.models.async.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestPools;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Async transactions: a chain of composed calls commits together or rolls back together, restoring the records
 * it wrote; nested transactions join; every call of the chain, whatever executor its stage ran on, runs on the
 * transaction's connection in order; and what would run outside the transaction fails with a message naming
 * the fix.
 */
class AsyncTransactionTest {

    private static final IllegalStateException FAILURE = new IllegalStateException("rolled back on purpose");

    /** Reads outside every transaction, on a connection of its own. */
    private ExecutorService outside;
    /** An executor of the application's that chain stages hop to. */
    private ExecutorService other;

    @BeforeEach
    void schema(Database database) {
        TestSchema.recreate(database, User.class, Post.class, Profile.class, Order.class);   // a user's delete reads the last two
        outside = Executors.newSingleThreadExecutor(task -> new Thread(task, "outside-reader"));
        other = Executors.newSingleThreadExecutor(task -> new Thread(task, "other-executor"));
    }

    @AfterEach
    void stopExecutors() {
        outside.shutdownNow();
        other.shutdownNow();
    }

    @DatabaseTest
    void threeComposedWrites_lastStageFails_leaveNoRow() {
        User ann = new User("Ann", 31);
        Post first = new Post("first");
        Post second = new Post("second");

        CompletableFuture<Post> chain = AsyncActiveRecord.transaction(() -> threeWrites(ann, first, second)
                .thenApply(saved -> {
                    throw FAILURE;
                }));

        assertThatThrownBy(chain::join).isInstanceOf(CompletionException.class).cause().isSameAs(FAILURE);
        assertThat(User.query().count().join()).isZero();
        assertThat(Post.query().count().join()).isZero();
    }

    @DatabaseTest
    void threeComposedWrites_lastWriteFailsInTheDatabase_leaveNoRow_andFailWithItsException() {
        User ann = new User("Ann", 31);
        Post first = new Post("first");
        Post orphan = new Post("points at no user");

        CompletableFuture<Post> chain = AsyncActiveRecord.transaction(() -> ann.save()
                .thenCompose(saved -> {
                    first.userId = saved.id;
                    return first.save();
                })
                .thenCompose(saved -> {
                    orphan.userId = 9_999_999L;   // the foreign key refuses it
                    return orphan.save();
                }));

        assertThatThrownBy(chain::join).cause().isInstanceOf(StatementFailedException.class);
        assertThat(User.query().count().join()).isZero();
        assertThat(Post.query().count().join()).isZero();
    }

    @DatabaseTest
    void threeComposedWrites_completing_leaveEveryRow() {
        User ann = new User("Ann", 31);
        Post first = new Post("first");
        Post second = new Post("second");

        Post last = AsyncActiveRecord.transaction(() -> threeWrites(ann, first, second)).join();

        assertThat(last).isSameAs(second);
        assertThat(User.findOneOrThrow(ann.id).join().name).isEqualTo("Ann");
        assertThat(Post.query().where("user_id = ?", ann.id).orderBy("id").all().join())
                .extracting(post -> post.title).containsExactly("first", "second");
    }

    @DatabaseTest
    void bodyThrows_afterQueueingAWrite_rollsItBack_andFailsWithTheBodysException() {
        User ann = new User("Ann", 31);

        CompletableFuture<User> chain = AsyncActiveRecord.transaction(() -> {
            ann.save();
            throw FAILURE;
        });

        assertThatThrownBy(chain::join).cause().isSameAs(FAILURE);
        assertThat(ann.isNewRecord()).isTrue();
        assertThat(ann.id).isNull();
        assertThat(User.query().count().join()).isZero();
    }

    @DatabaseTest
    void rolledBackInsert_recordIsNewAgain_withoutItsKey_andSavesAgainLater() {
        User ann = new User("Ann", 31);

        assertThatThrownBy(() -> AsyncActiveRecord.transaction(() -> ann.save()
                .thenApply(saved -> {
                    assertThat(saved.id).isNotNull();
                    throw FAILURE;
                })).join()).cause().isSameAs(FAILURE);

        assertThat(ann.id).isNull();
        assertThat(ann.isNewRecord()).isTrue();
        assertThat(ann.isDirty()).isTrue();
        ann.save().join();
        assertThat(User.query().count().join()).isEqualTo(1);
    }

    @DatabaseTest
    void rolledBackUpdate_changeStaysDirty_andIsWrittenByTheNextSave() {
        User ann = new User("Ann", 31).save().join();
        ann.age = 32;

        assertThatThrownBy(() -> AsyncActiveRecord.transaction(() -> ann.save()
                .thenApply(saved -> {
                    throw FAILURE;
                })).join()).cause().isSameAs(FAILURE);

        assertThat(ann.isDirty()).isTrue();
        assertThat(ann.changedColumns()).containsExactly("age");
        assertThat(User.findOneOrThrow(ann.id).join().age).isEqualTo(31);
        ann.save().join();
        assertThat(User.findOneOrThrow(ann.id).join().age).isEqualTo(32);
    }

    @DatabaseTest
    void rolledBackDelete_recordIsSavedAgain_andCanBeUpdated() {
        User ann = new User("Ann", 31).save().join();

        assertThatThrownBy(() -> AsyncActiveRecord.transaction(() -> ann.delete()
                .thenApply(deleted -> {
                    throw FAILURE;
                })).join()).cause().isSameAs(FAILURE);

        assertThat(ann.isNewRecord()).isFalse();
        ann.name = "Ann B.";
        ann.save().join();
        assertThat(User.findOneOrThrow(ann.id).join().name).isEqualTo("Ann B.");
    }

    @DatabaseTest
    void nestedTransaction_joinsTheOuterOne_soTheOutersFailureRollsItBackToo() {
        User ann = new User("Ann", 31);
        User bob = new User("Bob", 40);

        assertThatThrownBy(() -> AsyncActiveRecord.transaction(() -> ann.save()
                .thenCompose(saved -> AsyncActiveRecord.transaction(bob::save))
                .thenApply(saved -> {
                    assertThat(saved).isSameAs(bob);
                    throw FAILURE;
                })).join()).cause().isSameAs(FAILURE);

        assertThat(bob.isNewRecord()).isTrue();
        assertThat(User.query().count().join()).isZero();
    }

    @DatabaseTest
    void nestedTransaction_completing_commitsWithTheOuterOne() {
        User ann = new User("Ann", 31);
        User bob = new User("Bob", 40);

        AsyncActiveRecord.transaction(() -> ann.save()
                .thenCompose(saved -> AsyncActiveRecord.transaction(() -> bob.save()
                        .thenApply(inner -> {
                            assertThat(countSeenOutside()).as("rows visible outside inside the nested transaction").isZero();
                            return inner;
                        })))).join();

        assertThat(User.query().orderBy("id").all().join()).extracting(user -> user.name).containsExactly("Ann", "Bob");
    }

    @DatabaseTest
    void failedNestedStage_doomsTheWholeTransaction_evenWhenTheOuterChainRecovers() {
        User ann = new User("Ann", 31);
        User bob = new User("Bob", 40);

        CompletableFuture<String> chain = AsyncActiveRecord.transaction(() -> ann.save()
                .thenCompose(saved -> AsyncActiveRecord.transaction(() -> bob.save().thenApply(inner -> {
                    throw FAILURE;
                })))
                .handle((value, failure) -> "recovered from " + failure.getClass().getSimpleName()));

        assertThatThrownBy(chain::join).cause().isInstanceOf(ActiveRecordException.class)
                .hasMessage("Transaction rolled back: a nested transaction block failed with " + FAILURE)
                .cause().isSameAs(FAILURE);
        assertThat(ann.isNewRecord()).isTrue();
        assertThat(bob.isNewRecord()).isTrue();
        assertThat(User.query().count().join()).isZero();
    }

    @DatabaseTest
    void twoNestedStagesFailing_theRollbackNamesTheFirstFailure_asInSync() {
        IllegalArgumentException first = new IllegalArgumentException("first failed");
        IllegalStateException second = new IllegalStateException("second failed");

        CompletableFuture<String> chain = AsyncActiveRecord.transaction(() -> new User("Ann", 31).save()
                .thenCompose(saved -> AsyncActiveRecord.transaction(() -> CompletableFuture.<User>failedFuture(first)))
                .handle((value, failure) -> "recovered")
                .thenCompose(recovered -> AsyncActiveRecord.transaction(() -> CompletableFuture.<User>failedFuture(second)))
                .handle((value, failure) -> "recovered again"));

        assertThatThrownBy(chain::join).cause().isInstanceOf(ActiveRecordException.class)
                .hasMessage("Transaction rolled back: a nested transaction block failed with " + first)
                .cause().isSameAs(first);
        assertThat(User.query().count().join()).isZero();
    }

    @DatabaseTest
    void transactionAsync_runsOnItsDatabase_notOnTheDefault(Database database) {
        try (Database second = TestPools.builderLike(database).build();
                StatementCounter onDefault = StatementCounter.start(database);
                StatementCounter onSecond = StatementCounter.start(second)) {
            TestSchema.recreate(second, User.class, Post.class);
            onSecond.reset();
            User ann = new User("Ann", 31);

            second.transactionAsync(() -> ann.save().thenCompose(saved -> User.query().count())).join();

            assertThat(onDefault.count()).isZero();
            assertThat(onSecond.sql()).hasSize(2);
            assertThat(onSecond.sql().get(0)).startsWith("INSERT INTO");
            assertThat(second.use(() -> User.findOne(ann.id)).join().name).isEqualTo("Ann");
        }
    }

    @DatabaseTest
    void uncommittedRows_areSeenInTheChain_butNotOutsideUntilTheCommit() {
        List<Long> seen = new ArrayList<>();

        AsyncActiveRecord.transaction(() -> new User("Ann", 31).save()
                .thenCompose(saved -> User.query().count())
                .thenApply(inside -> {
                    seen.add(inside);
                    seen.add(countSeenOutside());
                    return inside;
                })).join();

        assertThat(seen).as("inside, then outside before the commit").containsExactly(1L, 0L);
        assertThat(countSeenOutside()).isEqualTo(1);
    }

    @DatabaseTest
    void callsStartedTogether_runInTheOrderMade_onTheTransactionsOneConnection() {
        List<User> users = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            users.add(new User("user " + i, 20 + i));
        }

        assertThatThrownBy(() -> AsyncActiveRecord.transaction(() -> {
            List<CompletableFuture<User>> saves = users.stream().map(User::save).toList();
            return CompletableFuture.allOf(saves.toArray(new CompletableFuture<?>[0])).thenApply(all -> {
                assertThat(users).extracting(user -> user.id).isSorted().doesNotHaveDuplicates();
                throw FAILURE;
            });
        }).join()).cause().isSameAs(FAILURE);

        assertThat(users).allSatisfy(user -> assertThat(user.isNewRecord()).isTrue());
        assertThat(User.query().count().join()).as("every save ran on the rolled-back connection").isZero();
    }

    @DatabaseTest
    void stageOnAnotherExecutor_staysInTheTransaction_andIsRolledBackWithIt() {
        User ann = new User("Ann", 31);
        User bob = new User("Bob", 40);
        List<String> hopThreads = new ArrayList<>();

        assertThatThrownBy(() -> AsyncActiveRecord.transaction(() -> ann.save()
                .thenComposeAsync(saved -> {
                    hopThreads.add(Thread.currentThread().getName());
                    return bob.save();
                }, other)
                .thenApply(saved -> {
                    throw FAILURE;
                })).join()).cause().isSameAs(FAILURE);

        assertThat(hopThreads).containsExactly("other-executor");
        assertThat(bob.isNewRecord()).isTrue();
        assertThat(User.query().count().join()).isZero();
    }

    @DatabaseTest
    void stageOnAnotherExecutor_staysInTheTransaction_soItsWriteIsSeenOutsideOnlyAfterTheCommit() {
        List<Long> seenOutside = new ArrayList<>();

        AsyncActiveRecord.transaction(() -> new User("Ann", 31).save()
                .thenComposeAsync(saved -> new User("Bob", 40).save(), other)
                .thenApply(saved -> {
                    seenOutside.add(countSeenOutside());
                    return saved;
                })).join();

        assertThat(seenOutside).containsExactly(0L);
        assertThat(countSeenOutside()).isEqualTo(2);
    }

    @DatabaseTest
    void allOfTwoSaves_thenComposedSave_staysInTheTransaction() {
        User a = new User("A", 1);
        User b = new User("B", 2);
        User c = new User("C", 3);

        assertThatThrownBy(() -> AsyncActiveRecord.transaction(() -> CompletableFuture.allOf(a.save(), b.save())
                .thenCompose(both -> c.save())
                .thenApply(saved -> {
                    throw FAILURE;
                })).join()).cause().isSameAs(FAILURE);
        assertThat(c.isNewRecord()).isTrue();
        assertThat(User.query().count().join()).isZero();

        AsyncActiveRecord.transaction(() -> CompletableFuture.allOf(a.save(), b.save())
                .thenCompose(both -> c.save())
                .thenApply(saved -> {
                    assertThat(countSeenOutside()).isZero();
                    return saved;
                })).join();
        assertThat(countSeenOutside()).isEqualTo(3);
    }

    @DatabaseTest
    void asyncAllOf_thenStageOnAnotherExecutor_staysInTheTransaction_andIsRolledBackWithIt() {
        User a = new User("A", 1);
        User b = new User("B", 2);
        User c = new User("C", 3);
        List<String> hopThreads = new ArrayList<>();

        assertThatThrownBy(() -> AsyncActiveRecord.transaction(() -> AsyncActiveRecord.allOf(a.save(), b.save())
                .thenComposeAsync(both -> {
                    hopThreads.add(Thread.currentThread().getName());
                    return c.save();
                }, other)
                .thenApply(saved -> {
                    throw FAILURE;
                })).join()).cause().isSameAs(FAILURE);

        assertThat(hopThreads).containsExactly("other-executor");
        assertThat(List.of(a, b, c)).allSatisfy(user -> assertThat(user.isNewRecord()).isTrue());
        assertThat(countSeenOutside()).as("the hop's save ran on the rolled-back connection").isZero();

        AsyncActiveRecord.transaction(() -> AsyncActiveRecord.allOf(a.save(), b.save())
                .thenComposeAsync(both -> c.save(), other)
                .thenApply(saved -> {
                    assertThat(countSeenOutside()).isZero();
                    return saved;
                })).join();
        assertThat(countSeenOutside()).isEqualTo(3);
    }

    @DatabaseTest
    void asyncAllOf_failsWithTheFirstFailure_likeCompletableFutureAllOf_andCompletesWithNothingToWaitFor() {
        CompletableFuture<Void> none = AsyncActiveRecord.allOf();
        assertThat(none).isCompleted();

        CompletableFuture<User> failed = CompletableFuture.failedFuture(FAILURE);
        assertThatThrownBy(() -> AsyncActiveRecord.allOf(new User("A", 1).save(), failed).join())
                .isInstanceOf(CompletionException.class).cause().isSameAs(FAILURE);
    }

    private static final String SYNC_IN_CHAIN = "A sync call (a statement or a transaction block) was made inside an async "
            + "transaction's chain, where it would run outside the transaction; make the call through the async API "
            + "(AsyncActiveRecord, AsyncQuery, the Async relations, AsyncActiveRecord.transaction), whose futures join the "
            + "transaction";

    @DatabaseTest
    void syncCallInTheChain_failsNamingTheFix_andTheTransactionRollsBack() {
        User ann = new User("Ann", 31);

        CompletableFuture<Long> chain = AsyncActiveRecord.transaction(() -> ann.save()
                .thenApply(saved -> org.activerecord4j.models.User.query().count()));

        assertThatThrownBy(chain::join).cause().isInstanceOf(ActiveRecordException.class).hasMessage(SYNC_IN_CHAIN);
        assertThat(ann.isNewRecord()).isTrue();
        assertThat(User.query().count().join()).isZero();
    }

    @DatabaseTest
    void syncTransactionBlockInTheChain_failsNamingTheFix_insteadOfCommittingSeparately() {
        User ann = new User("Ann", 31);

        CompletableFuture<Object> chain = AsyncActiveRecord.transaction(() -> ann.save()
                .thenApply(saved -> org.activerecord4j.ActiveRecord.transaction(() -> {
                    new org.activerecord4j.models.User("Bob", 40).save();
                    return null;
                })));

        assertThatThrownBy(chain::join).cause().isInstanceOf(ActiveRecordException.class).hasMessage(SYNC_IN_CHAIN);
        assertThat(ann.isNewRecord()).isTrue();
        assertThat(User.query().count().join()).isZero();
    }

    @DatabaseTest
    void callTheChainStartsAfterTheTransactionEnded_failsNamingTheFix_andWritesNothing() {
        User ann = new User("Ann", 31);
        User bob = new User("Bob", 40);
        List<CompletableFuture<User>> inChain = new ArrayList<>();
        AsyncActiveRecord.transaction(() -> {
            CompletableFuture<User> saved = ann.save();
            inChain.add(saved);
            return saved;
        }).join();

        CompletableFuture<User> late = inChain.get(0).thenCompose(saved -> bob.save());

        assertThatThrownBy(late::join).cause().isInstanceOf(ActiveRecordException.class).hasMessage("This async "
                + "transaction has already ended (committed or rolled back), so a statement its chain started afterwards "
                + "would run outside it; compose the call into the stage the transaction body returns (thenCompose) so "
                + "that the transaction waits for it");
        assertThat(bob.isNewRecord()).isTrue();
        assertThat(User.query().count().join()).isEqualTo(1);
    }

    @DatabaseTest
    void asyncCallInsideASyncTransactionBlock_failsNamingTheFix(Database database) {
        String message = "An async call was made inside a sync transaction block, where its statements would run on "
                + "another thread, outside the transaction; use the sync API inside transaction(...), or "
                + "AsyncActiveRecord.transaction(...) / db.transactionAsync(...) for async work";
        User ann = new User("Ann", 31);

        CompletableFuture<User> save = database.transaction(() -> ann.save());
        CompletableFuture<Long> nested = database.transaction(() -> AsyncActiveRecord.transaction(() -> User.query().count()));
        RecordingSubscriber<User> subscriber = new RecordingSubscriber<>(10);
        database.transaction(() -> User.query().stream().subscribe(subscriber));

        assertThatThrownBy(save::join).cause().isInstanceOf(ActiveRecordException.class).hasMessage(message);
        assertThatThrownBy(nested::join).cause().isInstanceOf(ActiveRecordException.class).hasMessage(message);
        assertThatThrownBy(() -> subscriber.done().join()).cause().isInstanceOf(ActiveRecordException.class).hasMessage(message);
        assertThat(ann.isNewRecord()).isTrue();
        assertThat(User.query().count().join()).isZero();
    }

    /** Saves {@code user}, then {@code first} and {@code second} as the user's posts, each after the one before. */
    private static CompletableFuture<Post> threeWrites(User user, Post first, Post second) {
        return user.save()
                .thenCompose(saved -> {
                    first.userId = saved.id;
                    return first.save();
                })
                .thenCompose(saved -> {
                    second.userId = user.id;
                    return second.save();
                });
    }

    /** Counts the users another connection sees, outside every transaction; blocks until it knows. */
    private long countSeenOutside() {
        Database database = Database.getDefault();
        try {
            return outside.submit(() -> database.use(() -> org.activerecord4j.models.User.query().count())).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The outside read failed", e);
        }
    }
}

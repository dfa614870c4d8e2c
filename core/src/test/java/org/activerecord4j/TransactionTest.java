package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import java.io.IOException;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

class TransactionTest {

    @BeforeEach
    void schema(Database database) {
        TestSchema.recreate(database, User.class);
    }

    @DatabaseTest
    void transaction_commitsWhenTheBlockReturns() {
        Long id = ActiveRecord.transaction(() -> {
            User ann = new User("Ann", 31);
            ann.save();
            return ann.id;
        });

        assertThat(User.findOne(id)).isNotNull();
    }

    @DatabaseTest
    void transaction_blockThrows_leavesNoRows_andRethrowsTheSameException() {
        IllegalStateException failure = new IllegalStateException("boom");

        assertThatThrownBy(() -> ActiveRecord.transaction(() -> {
            new User("Ann", 31).save();
            new User("Bob", 32).save();
            throw failure;
        })).isSameAs(failure);

        assertThat(User.query().count()).isZero();
    }

    @DatabaseTest
    void transaction_checkedException_reachesCallerUnchanged(Database database) {
        IOException failure = new IOException("disk full");

        assertThatThrownBy(() -> database.transaction(() -> {
            new User("Ann", 31).save();
            throw failure;
        })).isSameAs(failure);

        assertThat(User.query().count()).isZero();
    }

    @DatabaseTest
    void transaction_statementFailure_rollsBackEarlierWrites(Database database) {
        assertThatThrownBy(() -> database.transaction(() -> {
            new User("Ann", 31).save();
            database.execute("INSERT INTO no_such_table (x) VALUES (?)", 1);
        })).isInstanceOf(StatementFailedException.class);

        assertThat(User.query().count()).isZero();
    }

    @DatabaseTest
    void nestedTransaction_joinsTheOuterOne() {
        ActiveRecord.transaction(() -> {
            new User("Outer", 1).save();
            ActiveRecord.transaction(() -> new User("Inner", 2).save());
            assertThat(User.query().count()).isEqualTo(2);
        });

        assertThat(User.query().count()).isEqualTo(2);
    }

    @DatabaseTest
    void nestedTransaction_failureCaughtByOuterBlock_stillRollsBackEverything() {
        assertThatThrownBy(() -> ActiveRecord.transaction(() -> {
            new User("Outer", 1).save();
            try {
                ActiveRecord.transaction(() -> {
                    new User("Inner", 2).save();
                    throw new IllegalArgumentException("inner failed");
                });
            } catch (IllegalArgumentException swallowed) {
                // the outer block carries on, but the transaction is doomed
            }
        })).isInstanceOf(ActiveRecordException.class)
                .hasMessage("Transaction rolled back: a nested transaction block failed with "
                        + "java.lang.IllegalArgumentException: inner failed");

        assertThat(User.query().count()).isZero();
    }

    @DatabaseTest
    void twoNestedBlocksFailing_theRollbackNamesTheFirstFailure_whichDoomedTheTransaction() {
        IllegalArgumentException first = new IllegalArgumentException("first failed");
        IllegalStateException second = new IllegalStateException("second failed");

        assertThatThrownBy(() -> ActiveRecord.transaction(() -> {
            for (RuntimeException failure : List.of(first, second)) {
                try {
                    ActiveRecord.transaction(() -> {
                        throw failure;
                    });
                } catch (RuntimeException swallowed) {
                    // the outer block carries on, but the transaction is doomed by the first
                }
            }
        })).isInstanceOf(ActiveRecordException.class)
                .hasMessage("Transaction rolled back: a nested transaction block failed with " + first)
                .cause().isSameAs(first);
    }

    @DatabaseTest
    void outerFailure_rollsBackWritesOfACompletedNestedBlock() {
        assertThatThrownBy(() -> ActiveRecord.transaction(() -> {
            ActiveRecord.transaction(() -> new User("Inner", 2).save());
            throw new IllegalStateException("outer failed");
        })).hasMessage("outer failed");

        assertThat(User.query().count()).isZero();
    }

    @DatabaseTest
    void transaction_isVisibleOnlyToItsOwnThreadUntilCommit(Database database) throws Exception {
        ActiveRecord.transaction(() -> {
            new User("Ann", 31).save();
            long seenElsewhere = onOtherThread(database, () -> User.query().count());
            assertThat(seenElsewhere).isZero();
        });
        assertThat(onOtherThread(database, () -> User.query().count())).isEqualTo(1);
    }

    private static long onOtherThread(Database database, java.util.function.Supplier<Long> block) throws InterruptedException {
        long[] result = new long[1];
        Thread thread = new Thread(() -> result[0] = database.use(block));
        thread.start();
        thread.join();
        return result[0];
    }
}

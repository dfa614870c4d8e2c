package org.activerecord4j.async;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.BiFunction;
import org.activerecord4j.Database;
import org.activerecord4j.models.Account;
import org.activerecord4j.models.Chair;
import org.activerecord4j.models.Comment;
import org.activerecord4j.models.Course;
import org.activerecord4j.models.Desk;
import org.activerecord4j.models.Enrollment;
import org.activerecord4j.models.Lamp;
import org.activerecord4j.models.Mat;
import org.activerecord4j.models.Order;
import org.activerecord4j.models.Post;
import org.activerecord4j.models.Profile;
import org.activerecord4j.models.Student;
import org.activerecord4j.models.Tray;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;

/**
 * Issue 15: an async call has exactly the sync call's semantics. {@code AsyncErrorParityTest} compares what they
 * fail with; this compares what they leave behind. Each case runs one scenario through the sync models and, on a
 * schema made again, through their async twins ({@link Outcomes}), and compares every observation line by line:
 * statement counts of reads and writes, failures, what the relation cache answers after a failed write, a failed
 * read or a rollback, the records' state after a failed save, and whether a read is answered from memory.
 */
class AsyncOutcomeParityTest {

    private static final Outcomes SYNC = new SyncOutcomes();
    private static final Outcomes ASYNC = new AsyncOutcomes();

    private static void recreate(Database database) {
        TestSchema.recreate(database, User.class, Post.class, Comment.class, Profile.class, Order.class, Student.class,
                Course.class, Enrollment.class, Account.class, Desk.class, Lamp.class, Chair.class, Mat.class, Tray.class);
    }

    private static void same(Database database, BiFunction<Outcomes, Database, List<String>> scenario) {
        recreate(database);
        List<String> sync = scenario.apply(SYNC, database);
        recreate(database);
        List<String> async = scenario.apply(ASYNC, database);
        assertThat(String.join("\n", async)).isEqualTo(String.join("\n", sync));
    }

    @DatabaseTest
    void lazyReads(Database database) {
        same(database, Outcomes::lazyReads);
    }

    @DatabaseTest
    void eagerReads(Database database) {
        same(database, Outcomes::eagerReads);
    }

    @DatabaseTest
    void relationWrites(Database database) {
        same(database, Outcomes::relationWrites);
    }

    @DatabaseTest
    void saveAll(Database database) {
        same(database, Outcomes::saveAll);
    }

    @DatabaseTest
    void deleteWithDependents(Database database) {
        same(database, Outcomes::deleteWithDependents);
    }

    @DatabaseTest
    void failedAddOnForeignKey(Database database) {
        same(database, Outcomes::failedAddOnForeignKey);
    }

    @DatabaseTest
    void failedThroughAddOnUniqueKey(Database database) {
        same(database, Outcomes::failedThroughAddOnUniqueKey);
    }

    @DatabaseTest
    void failedRemoveOfDeletedChild(Database database) {
        same(database, Outcomes::failedRemoveOfDeletedChild);
    }

    @DatabaseTest
    void failedHasOneSetOnNotNull(Database database) {
        same(database, Outcomes::failedHasOneSetOnNotNull);
    }

    @DatabaseTest
    void failedLazyRead(Database database) {
        same(database, Outcomes::failedLazyRead);
    }

    @DatabaseTest
    void rolledBackRelationWrites(Database database) {
        same(database, Outcomes::rolledBackRelationWrites);
    }

    @DatabaseTest
    void failedSaveOutsideTransaction(Database database) {
        same(database, Outcomes::failedSaveOutsideTransaction);
    }

    @DatabaseTest
    void failedSaveInsideTransaction(Database database) {
        same(database, Outcomes::failedSaveInsideTransaction);
    }

    @DatabaseTest
    void failedSaveAll(Database database) {
        same(database, Outcomes::failedSaveAll);
    }

    @DatabaseTest
    void readsFromMemory(Database database) {
        same(database, Outcomes::readsFromMemory);
    }
}

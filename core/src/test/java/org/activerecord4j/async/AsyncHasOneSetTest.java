package org.activerecord4j.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletionException;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.Database;
import org.activerecord4j.StatementCounter;
import org.activerecord4j.models.async.Comment;
import org.activerecord4j.models.async.Desk;
import org.activerecord4j.models.async.Lamp;
import org.activerecord4j.models.async.Mat;
import org.activerecord4j.models.async.Post;
import org.activerecord4j.models.async.Profile;
import org.activerecord4j.models.async.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/** The async twin of {@code HasOneSetTest}: {@code AsyncHasOne.set} with the same statements, caching and errors. */
class AsyncHasOneSetTest {

    private Database database;
    private User ann;
    private Profile old;
    private Desk desk;
    private Lamp lamp;

    @BeforeEach
    void data(Database database) {
        this.database = database;
        TestSchema.recreate(database, org.activerecord4j.models.User.class, org.activerecord4j.models.Post.class,
                org.activerecord4j.models.Comment.class, org.activerecord4j.models.Profile.class,
                org.activerecord4j.models.Desk.class, org.activerecord4j.models.Lamp.class,
                org.activerecord4j.models.Chair.class, org.activerecord4j.models.Mat.class);
        ann = new User();
        ann.name = "Ann";
        ann.save().join();
        old = new Profile();
        old.bio = "old";
        old.userId = ann.id;
        old.save().join();
        desk = new Desk();
        desk.label = "oak";
        desk.save().join();
        lamp = new Lamp();
        lamp.name = "green";
        lamp.deskId = desk.id;
        lamp.save().join();
    }

    @DatabaseTest
    void set_destroy_deletesTheHeldChild_savesTheNewOne_inTwoStatements() {
        User loaded = User.findOneOrThrow(ann.id).join();
        Profile held = loaded.profile().join();
        Profile fresh = new Profile();
        fresh.bio = "new";

        assertThat(StatementCounter.count(database, () -> User.profile.set(loaded, fresh).join())).isEqualTo(2);

        assertThat(Profile.query().all().join()).extracting(p -> p.bio).containsExactly("new");
        assertThat(User.findOneOrThrow(ann.id).join().profile().join().id).isEqualTo(fresh.id);
        assertThatThrownBy(() -> held.delete().join()).isInstanceOf(CompletionException.class)
                .cause().hasMessage("Cannot delete Profile: it was already deleted");
        assertThat(loaded.profile()).isDone();
        assertThat(loaded.profile().join()).isSameAs(fresh);
        assertThat(fresh.owner().join()).isSameAs(loaded);
    }

    @DatabaseTest
    void set_noDependent_setsTheOldChildsKeyToNull() {
        Desk loaded = Desk.findOneOrThrow(desk.id).join();
        Lamp held = loaded.lamp().join();
        Lamp fresh = new Lamp();
        fresh.name = "brass";

        assertThat(StatementCounter.count(database, () -> Desk.lamp.set(loaded, fresh).join())).isEqualTo(2);

        assertThat(Lamp.findOneOrThrow(lamp.id).join().deskId).isNull();
        assertThat(Desk.findOneOrThrow(desk.id).join().lamp().join().id).isEqualTo(fresh.id);
        assertThat(held.deskId).isNull();
        assertThat(held.desk().join()).isNull();
        assertThat(loaded.lamp().join()).isSameAs(fresh);
        assertThat(fresh.desk().join()).isSameAs(loaded);
    }

    @DatabaseTest
    void set_null_setsTheCurrentChildsKeyToNull() {
        Desk loaded = Desk.findOneOrThrow(desk.id).join();

        Desk.lamp.set(loaded, null).join();

        assertThat(Lamp.findOneOrThrow(lamp.id).join().deskId).isNull();
        assertThat(loaded.lamp()).isDone();
        assertThat(loaded.lamp().join()).isNull();
    }

    @DatabaseTest
    void set_noDependent_keyMayNotBeNull_failsWithTheFix_andChangesNothing() {
        Mat first = new Mat();
        first.name = "first";
        first.deskId = desk.id;
        first.save().join();
        Desk loaded = Desk.findOneOrThrow(desk.id).join();
        Mat fresh = new Mat();
        fresh.name = "second";

        assertThatThrownBy(() -> Desk.mat.set(loaded, fresh).join()).isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(ActiveRecordException.class)
                .hasMessage("Cannot replace Mat id=" + first.id + " as Desk.mat of Desk id=" + desk.id + ": Mat.deskId is "
                        + "declared nullable = false and cannot be null; declare Desk.mat with dependent(Dependent.DESTROY) "
                        + "or dependent(Dependent.DELETE), or delete the Mat first");

        assertThat(Mat.query().all().join()).extracting(m -> m.id).containsExactly(first.id);
        assertThat(fresh.isNewRecord()).isTrue();
        assertThat(fresh.deskId).isNull();
    }

    @DatabaseTest
    void set_rolledBackWithAnEnclosingTransaction_putsEveryRecordBack() {
        User loaded = User.findOneOrThrow(ann.id).join();
        Profile held = loaded.profile().join();
        Profile fresh = new Profile();
        fresh.bio = "new";
        IllegalStateException failure = new IllegalStateException("rolled back on purpose");

        assertThatThrownBy(() -> AsyncActiveRecord.transaction(() -> User.profile.set(loaded, fresh).thenRun(() -> {
            throw failure;
        })).join()).isInstanceOf(CompletionException.class).cause().isSameAs(failure);

        assertThat(Profile.query().all().join()).extracting(p -> p.id).containsExactly(old.id);
        assertThat(fresh.isNewRecord()).isTrue();
        assertThat(fresh.userId).isNull();
        assertThat(loaded.profile().join()).isSameAs(held);
        assertThat(held.owner().join()).isSameAs(loaded);
    }
}

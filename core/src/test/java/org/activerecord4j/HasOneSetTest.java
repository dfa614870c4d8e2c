package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.activerecord4j.models.Chair;
import org.activerecord4j.models.Comment;
import org.activerecord4j.models.Desk;
import org.activerecord4j.models.Lamp;
import org.activerecord4j.models.Mat;
import org.activerecord4j.models.Post;
import org.activerecord4j.models.Profile;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/**
 * {@code HasOne.set(owner, child)} replaces the owner's child as Rails' {@code user.profile = profile} does, in one
 * transaction: the current child is destroyed, deleted or let go (key set to null) as the relation's {@code dependent}
 * says, the new one gets the owner's key and is saved, and the owner's HasOne and both children's BelongsTo agree
 * with the database. Before it, the only write was the child's BelongsTo, which left two profiles pointing at the
 * owner: a fresh read found the old one while memory said the new one.
 */
class HasOneSetTest {

    private static final IllegalStateException FAILURE = new IllegalStateException("rolled back on purpose");

    private Database database;
    private User ann;
    private Profile old;
    private Desk desk;
    private Lamp lamp;

    @BeforeEach
    void data(Database database) {
        this.database = database;
        TestSchema.recreate(database, User.class, Post.class, Comment.class, Profile.class,
                Desk.class, Lamp.class, Chair.class, Mat.class);
        ann = new User("Ann", 31);
        ann.save();
        old = profile("old", ann);
        desk = new Desk();
        desk.label = "oak";
        desk.save();
        lamp = lamp("green", desk);
    }

    // --- dependent(DESTROY): User.profile ---

    @DatabaseTest
    void set_destroy_deletesTheHeldChild_savesTheNewOne_inTwoStatements() {
        User loaded = User.findOneOrThrow(ann.id);
        Profile held = loaded.profile();
        Profile fresh = new Profile();
        fresh.bio = "new";

        assertThat(StatementCounter.count(database, () -> User.profile.set(loaded, fresh))).isEqualTo(2);

        assertThat(Profile.query().all()).extracting(p -> p.bio).containsExactly("new");
        assertThat(User.findOneOrThrow(ann.id).profile().id).isEqualTo(fresh.id);
        assertThat(fresh.userId).isEqualTo(ann.id);
        assertThatThrownBy(held::delete).hasMessage("Cannot delete Profile: it was already deleted");
        assertThat(StatementCounter.count(database, () -> {
            assertThat(loaded.profile()).isSameAs(fresh);
            assertThat(fresh.owner()).isSameAs(loaded);
        })).isZero();
    }

    @DatabaseTest
    void set_currentChildNotLoaded_readsItFirst() {
        User loaded = User.findOneOrThrow(ann.id);
        Profile fresh = new Profile();
        fresh.bio = "new";

        assertThat(StatementCounter.count(database, () -> User.profile.set(loaded, fresh))).isEqualTo(3);

        assertThat(Profile.query().all()).extracting(p -> p.bio).containsExactly("new");
        assertThat(loaded.profile()).isSameAs(fresh);
    }

    @DatabaseTest
    void set_null_destroysTheCurrentChildOnly() {
        User loaded = User.findOneOrThrow(ann.id);

        User.profile.set(loaded, null);

        assertThat(Profile.query().count()).isZero();
        assertThat(User.query().count()).isEqualTo(1);
        assertThat(StatementCounter.count(database, () -> assertThat(loaded.profile()).isNull())).isZero();
    }

    @DatabaseTest
    void set_theChildItHas_writesNothing() {
        User loaded = User.findOneOrThrow(ann.id);
        Profile held = loaded.profile();
        Profile again = Profile.findOneOrThrow(old.id);

        assertThat(StatementCounter.count(database, () -> User.profile.set(loaded, held))).isZero();
        assertThat(StatementCounter.count(database, () -> User.profile.set(loaded, again))).isZero();

        assertThat(Profile.query().count()).isEqualTo(1);
        assertThat(loaded.profile()).isSameAs(again);
        assertThat(again.owner()).isSameAs(loaded);
    }

    @DatabaseTest
    void set_overAnUnsavedChildAssignedThroughItsBelongsTo_removesTheSavedOneToo() {
        User loaded = User.findOneOrThrow(ann.id);
        Profile draft = new Profile();
        draft.bio = "draft";
        Profile.owner.set(draft, loaded);   // loaded.profile() is the draft now, while the old row still points at Ann
        Profile fresh = new Profile();
        fresh.bio = "new";

        User.profile.set(loaded, fresh);

        assertThat(Profile.query().all()).extracting(p -> p.bio).containsExactly("new");
        assertThat(loaded.profile()).isSameAs(fresh);
        assertThat(draft.userId).isNull();
        draft.save();   // let go: saved later, it does not point at Ann
        assertThat(User.findOneOrThrow(ann.id).profile().id).isEqualTo(fresh.id);
    }

    @DatabaseTest
    void set_newOwner_isSavedFirst() {
        User cid = new User("Cid", 22);
        Profile fresh = new Profile();
        fresh.bio = "new";

        User.profile.set(cid, fresh);

        assertThat(cid.isNewRecord()).isFalse();
        assertThat(User.findOneOrThrow(cid.id).profile().id).isEqualTo(fresh.id);
        assertThat(Profile.findOneOrThrow(old.id).userId).isEqualTo(ann.id);
    }

    @DatabaseTest
    void set_rolledBackWithAnEnclosingTransaction_putsEveryRecordBack() {
        User loaded = User.findOneOrThrow(ann.id);
        Profile held = loaded.profile();
        Profile fresh = new Profile();
        fresh.bio = "new";

        assertThatThrownBy(() -> ActiveRecord.transaction(() -> {
            User.profile.set(loaded, fresh);
            throw FAILURE;
        })).isSameAs(FAILURE);

        assertThat(Profile.query().all()).extracting(p -> p.id).containsExactly(old.id);
        assertThat(fresh.isNewRecord()).isTrue();
        assertThat(fresh.id).isNull();
        assertThat(fresh.userId).isNull();
        assertThat(StatementCounter.count(database, () -> {
            assertThat(loaded.profile()).isSameAs(held);
            assertThat(held.owner()).isSameAs(loaded);
        })).isZero();
        held.bio = "kept";
        held.save();   // not deleted in memory either
        assertThat(Profile.findOneOrThrow(old.id).bio).isEqualTo("kept");
    }

    // --- no dependent: Desk.lamp lets the old lamp go ---

    @DatabaseTest
    void set_noDependent_setsTheOldChildsKeyToNull() {
        Desk loaded = Desk.findOneOrThrow(desk.id);
        Lamp held = loaded.lamp();
        Lamp fresh = new Lamp();
        fresh.name = "brass";

        assertThat(StatementCounter.count(database, () -> Desk.lamp.set(loaded, fresh))).isEqualTo(2);

        assertThat(Lamp.findOneOrThrow(lamp.id).deskId).isNull();
        assertThat(Desk.findOneOrThrow(desk.id).lamp().id).isEqualTo(fresh.id);
        assertThat(held.deskId).isNull();
        assertThat(held.isDirty()).isFalse();
        assertThat(StatementCounter.count(database, () -> {
            assertThat(held.desk()).isNull();
            assertThat(loaded.lamp()).isSameAs(fresh);
            assertThat(fresh.desk()).isSameAs(loaded);
        })).isZero();
    }

    @DatabaseTest
    void set_null_noDependent_setsTheCurrentChildsKeyToNull() {
        Desk loaded = Desk.findOneOrThrow(desk.id);

        Desk.lamp.set(loaded, null);

        assertThat(Lamp.findOneOrThrow(lamp.id).deskId).isNull();
        assertThat(Desk.findOneOrThrow(desk.id).lamp()).isNull();
        assertThat(StatementCounter.count(database, () -> assertThat(loaded.lamp()).isNull())).isZero();
    }

    @DatabaseTest
    void set_aChildOfAnotherOwner_movesIt_andTheOtherOwnerNoLongerHoldsIt() {
        Desk pine = new Desk();
        pine.label = "pine";
        pine.save();
        Lamp other = lamp("red", pine);
        Desk loadedPine = Desk.findOneOrThrow(pine.id);
        Lamp moved = loadedPine.lamp();
        Desk loaded = Desk.findOneOrThrow(desk.id);

        Desk.lamp.set(loaded, moved);

        assertThat(Lamp.findOneOrThrow(other.id).deskId).isEqualTo(desk.id);
        assertThat(Lamp.findOneOrThrow(lamp.id).deskId).isNull();
        assertThat(Desk.findOneOrThrow(pine.id).lamp()).isNull();
        assertThat(StatementCounter.count(database, () -> {
            assertThat(loadedPine.lamp()).isNull();
            assertThat(loaded.lamp()).isSameAs(moved);
            assertThat(moved.desk()).isSameAs(loaded);
        })).isZero();
    }

    @DatabaseTest
    void set_noDependent_rolledBackWithAnEnclosingTransaction_putsTheOldChildsKeyBack() {
        Desk loaded = Desk.findOneOrThrow(desk.id);
        Lamp held = loaded.lamp();
        Lamp fresh = new Lamp();
        fresh.name = "brass";

        assertThatThrownBy(() -> ActiveRecord.transaction(() -> {
            Desk.lamp.set(loaded, fresh);
            throw FAILURE;
        })).isSameAs(FAILURE);

        assertThat(Lamp.findOneOrThrow(lamp.id).deskId).isEqualTo(desk.id);
        assertThat(Lamp.query().count()).isEqualTo(1);
        assertThat(held.deskId).isEqualTo(desk.id);
        assertThat(held.isDirty()).isFalse();
        assertThat(fresh.isNewRecord()).isTrue();
        assertThat(fresh.deskId).isNull();
        assertThat(loaded.lamp()).isSameAs(held);
        assertThat(held.desk()).isSameAs(loaded);
    }

    // --- dependent(DELETE): Desk.chair ---

    @DatabaseTest
    void set_delete_deletesTheOldChildsRow() {
        Chair first = chair("first", desk);
        Desk loaded = Desk.findOneOrThrow(desk.id);
        Chair held = loaded.chair();
        Chair fresh = new Chair();
        fresh.name = "second";

        assertThat(StatementCounter.count(database, () -> Desk.chair.set(loaded, fresh))).isEqualTo(2);

        assertThat(Chair.query().all()).extracting(c -> c.name).containsExactly("second");
        assertThat(Chair.findOne(first.id)).isNull();
        assertThatThrownBy(held::delete).hasMessage("Cannot delete Chair: it was already deleted");
        assertThat(Desk.findOneOrThrow(desk.id).chair().id).isEqualTo(fresh.id);
        assertThat(loaded.chair()).isSameAs(fresh);
    }

    // --- no dependent and a key that may not be null: Desk.mat ---

    @DatabaseTest
    void set_noDependent_keyMayNotBeNull_refusesWithTheFix_andChangesNothing() {
        Mat first = new Mat();
        first.name = "first";
        first.deskId = desk.id;
        first.save();
        Desk loaded = Desk.findOneOrThrow(desk.id);
        Mat fresh = new Mat();
        fresh.name = "second";

        assertThatThrownBy(() -> Desk.mat.set(loaded, fresh))
                .isInstanceOf(ActiveRecordException.class)
                .hasMessage("Cannot replace Mat id=" + first.id + " as Desk.mat of Desk id=" + desk.id + ": Mat.deskId is "
                        + "declared nullable = false and cannot be null; declare Desk.mat with dependent(Dependent.DESTROY) "
                        + "or dependent(Dependent.DELETE), or delete the Mat first");

        assertThat(Mat.query().all()).extracting(m -> m.id).containsExactly(first.id);
        assertThat(fresh.isNewRecord()).isTrue();
        assertThat(fresh.deskId).isNull();
        assertThat(loaded.mat().id).isEqualTo(first.id);
        assertThatThrownBy(() -> Desk.mat.set(loaded, null)).hasMessageStartingWith("Cannot replace Mat id=" + first.id);
        assertThat(Mat.findOneOrThrow(first.id).deskId).isEqualTo(desk.id);
    }

    // --- helpers ---

    private static Profile profile(String bio, User owner) {
        Profile profile = new Profile();
        profile.bio = bio;
        profile.userId = owner.id;
        profile.save();
        return profile;
    }

    private static Lamp lamp(String name, Desk owner) {
        Lamp lamp = new Lamp();
        lamp.name = name;
        lamp.deskId = owner.id;
        lamp.save();
        return lamp;
    }

    private static Chair chair(String name, Desk owner) {
        Chair chair = new Chair();
        chair.name = name;
        chair.deskId = owner.id;
        chair.save();
        return chair;
    }
}

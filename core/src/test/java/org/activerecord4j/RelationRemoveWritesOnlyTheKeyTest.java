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
 * Letting a child go (its key set to null by {@code HasMany.remove} or {@code HasOne.set} without a {@code dependent})
 * writes its key and nothing else, as Rails' {@code collection.delete} writes only the key ({@code update_all}): other
 * changes made to the child stay unsaved, for its own {@code save()}. Before, the child was saved whole, so an edit
 * the caller had not saved (or meant to throw away) reached its row through a call on the owner.
 */
class RelationRemoveWritesOnlyTheKeyTest {

    private static final IllegalStateException FAILURE = new IllegalStateException("rolled back on purpose");

    private Database database;
    private User ann;
    private Post post;
    private Desk desk;
    private Lamp lamp;

    @BeforeEach
    void data(Database database) {
        this.database = database;
        TestSchema.recreate(database, User.class, Post.class, Comment.class, Profile.class,
                Desk.class, Lamp.class, Chair.class, Mat.class);
        ann = new User("Ann", 31);
        ann.save();
        post = new Post("first");
        post.userId = ann.id;
        post.save();
        desk = new Desk();
        desk.label = "oak";
        desk.save();
        lamp = new Lamp();
        lamp.name = "green";
        lamp.deskId = desk.id;
        lamp.save();
    }

    @DatabaseTest
    void hasManyRemove_writesOnlyTheKey_andTheChildKeepsItsOtherChangesUnsaved() {
        User loaded = User.findOneOrThrow(ann.id);
        Post held = loaded.posts().get(0);
        held.title = "edited, not saved";

        assertThat(StatementCounter.count(database, () -> User.posts.remove(loaded, held))).isEqualTo(1);

        Post row = Post.findOneOrThrow(post.id);
        assertThat(row.userId).isNull();
        assertThat(row.title).isEqualTo("first");
        assertThat(held.userId).isNull();
        assertThat(held.title).isEqualTo("edited, not saved");
        assertThat(held.isDirty()).isTrue();

        assertThat(StatementCounter.count(database, held::save)).isEqualTo(1);
        assertThat(Post.findOneOrThrow(post.id).title).isEqualTo("edited, not saved");
        assertThat(Post.findOneOrThrow(post.id).userId).isNull();
    }

    @DatabaseTest
    void hasManyRemove_ofAChildWithOnlyTheKeyChanged_isClean() {
        User loaded = User.findOneOrThrow(ann.id);
        Post held = loaded.posts().get(0);

        User.posts.remove(loaded, held);

        assertThat(held.isDirty()).isFalse();
        assertThat(StatementCounter.count(database, held::save)).isZero();
    }

    @DatabaseTest
    void hasManyRemove_rolledBack_putsTheKeyBack_andKeepsTheUnsavedChange() {
        User loaded = User.findOneOrThrow(ann.id);
        Post held = loaded.posts().get(0);
        held.title = "edited, not saved";

        assertThatThrownBy(() -> ActiveRecord.transaction(() -> {
            User.posts.remove(loaded, held);
            throw FAILURE;
        })).isSameAs(FAILURE);

        assertThat(held.userId).isEqualTo(ann.id);
        assertThat(held.title).isEqualTo("edited, not saved");
        assertThat(Post.findOneOrThrow(post.id).userId).isEqualTo(ann.id);
        assertThat(Post.findOneOrThrow(post.id).title).isEqualTo("first");
        held.save();
        assertThat(Post.findOneOrThrow(post.id).title).isEqualTo("edited, not saved");
    }

    @DatabaseTest
    void hasOneSet_lettingTheOldChildGo_writesOnlyItsKey() {
        Desk loaded = Desk.findOneOrThrow(desk.id);
        Lamp held = loaded.lamp();
        held.name = "edited, not saved";
        Lamp fresh = new Lamp();
        fresh.name = "brass";

        Desk.lamp.set(loaded, fresh);

        Lamp row = Lamp.findOneOrThrow(lamp.id);
        assertThat(row.deskId).isNull();
        assertThat(row.name).isEqualTo("green");
        assertThat(held.deskId).isNull();
        assertThat(held.name).isEqualTo("edited, not saved");
        assertThat(held.isDirty()).isTrue();
    }
}

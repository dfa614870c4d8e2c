package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.activerecord4j.models.Clip;
import org.activerecord4j.models.Comment;
import org.activerecord4j.models.Desk;
import org.activerecord4j.models.Post;
import org.activerecord4j.models.Tray;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/**
 * {@code HasMany.remove} follows the relation's {@code dependent}, as Rails' {@code collection.delete} does: DESTROY
 * deletes the child through its {@code delete()} (its own dependents run), DELETE deletes its row, otherwise its key is
 * set to null. Before, it always set the key to null, leaving under DESTROY or DELETE a row without an owner (or
 * refusing a key that cannot be null) where Rails deletes it.
 */
class HasManyRemoveDependentTest {

    private static final IllegalStateException FAILURE = new IllegalStateException("rolled back on purpose");

    private Database database;
    private Desk desk;
    private Tray first;
    private Tray second;

    @BeforeEach
    void data(Database database) {
        this.database = database;
        TestSchema.recreate(database, User.class, Post.class, Comment.class, Desk.class, Tray.class, Clip.class);
        desk = new Desk();
        desk.label = "oak";
        desk.save();
        first = tray("first", desk);
        second = tray("second", desk);
        clip("a", first);
        clip("b", first);
    }

    @DatabaseTest
    void remove_destroy_deletesTheChildThroughDelete_runningItsDependents() {
        Desk loaded = Desk.findOneOrThrow(desk.id);
        Tray held = loaded.trays().get(0);

        assertThat(StatementCounter.count(database, () -> Desk.trays.remove(loaded, held))).isEqualTo(2);

        assertThat(Tray.query().all()).extracting(t -> t.id).containsExactly(second.id);
        assertThat(Clip.query().count()).isZero();
        assertThatThrownBy(held::delete).hasMessage("Cannot delete Tray: it was already deleted");
        assertThat(StatementCounter.count(database,
                () -> assertThat(loaded.trays()).extracting(t -> t.id).containsExactly(second.id))).isZero();
    }

    @DatabaseTest
    void remove_destroy_ofAnotherOwnersChild_deletesNothing() {
        Desk pine = new Desk();
        pine.label = "pine";
        pine.save();

        Desk.trays.remove(pine, first);

        assertThat(Tray.query().count()).isEqualTo(2);
        assertThat(Clip.query().count()).isEqualTo(2);
    }

    @DatabaseTest
    void remove_destroy_rolledBackWithAnEnclosingTransaction_putsTheChildBack() {
        Desk loaded = Desk.findOneOrThrow(desk.id);
        Tray held = loaded.trays().get(0);

        assertThatThrownBy(() -> ActiveRecord.transaction(() -> {
            Desk.trays.remove(loaded, held);
            throw FAILURE;
        })).isSameAs(FAILURE);

        assertThat(Tray.query().count()).isEqualTo(2);
        assertThat(Clip.query().count()).isEqualTo(2);
        assertThat(loaded.trays()).extracting(t -> t.id).containsExactly(first.id, second.id);
        assertThat(loaded.trays().get(0)).isSameAs(held);
        held.label = "kept";
        held.save();   // not deleted in memory either
        assertThat(Tray.findOneOrThrow(first.id).label).isEqualTo("kept");
    }

    @DatabaseTest
    void remove_delete_deletesTheChildsRow() {
        User ann = new User("Ann", 31);
        ann.save();
        Post post = new Post("hello");
        post.userId = ann.id;
        post.save();
        Comment kept = comment("kept", post);
        Comment gone = comment("gone", post);
        Post loaded = Post.findOneOrThrow(post.id);
        assertThat(loaded.comments()).hasSize(2);

        assertThat(StatementCounter.count(database, () -> Post.comments.remove(loaded, gone))).isEqualTo(1);

        assertThat(Comment.query().all()).extracting(c -> c.id).containsExactly(kept.id);
        assertThatThrownBy(gone::delete).hasMessage("Cannot delete Comment: it was already deleted");
        assertThat(loaded.comments()).extracting(c -> c.id).containsExactly(kept.id);
    }

    // --- helpers ---

    private static Tray tray(String label, Desk owner) {
        Tray tray = new Tray();
        tray.label = label;
        tray.deskId = owner.id;
        tray.save();
        return tray;
    }

    private static void clip(String label, Tray tray) {
        Clip clip = new Clip();
        clip.label = label;
        clip.trayId = tray.id;
        clip.save();
    }

    private static Comment comment(String content, Post post) {
        Comment comment = new Comment(content);
        comment.postId = post.id;
        comment.save();
        return comment;
    }
}

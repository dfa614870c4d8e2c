package org.activerecord4j.internal.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.activerecord4j.ActiveRecord;
import org.activerecord4j.Database;
import org.activerecord4j.Model;
import org.activerecord4j.StatementCounter;
import org.activerecord4j.StrictLoadingViolationException;
import org.activerecord4j.models.Comment;
import org.activerecord4j.models.Drawer;
import org.activerecord4j.models.Post;
import org.activerecord4j.models.Tool;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.Test;

/**
 * A record keeps all its state (flags, snapshot, relation cache) behind one field, in whichever form it needs:
 * these tests move records between the forms (a shared marker, a snapshot array, a relation cache holding the
 * flags and the array, with and without a strict-loading path) and check that nothing is lost on the way.
 * Drawer and Tool extend ActiveRecord directly, so keep their snapshot in an array. The rows an eager step
 * reads for one owner share one state that holds their inverse: each record that then changes anything
 * (caches, forgets, saves, deletes) must do so alone.
 */
class RecordStateTest {

    private static final RuntimeException FAILURE = new IllegalStateException("roll back");

    @Test
    void model_keepsAllOfARecordsState_inOneField() {
        List<Field> fields = Arrays.stream(Model.class.getDeclaredFields())
                .filter(field -> !Modifier.isStatic(field.getModifiers())).toList();

        assertThat(fields).extracting(Field::getName).containsExactly("state");
    }

    @DatabaseTest
    void loadedRecords_ofAModelWithSnapshotFields_shareOneStateMarker(Database database) throws ReflectiveOperationException {
        TestSchema.recreate(database, User.class);
        new User("Ann", 30).save();
        new User("Bo", 40).save();

        List<User> users = User.query().orderBy("id").all();

        assertThat(state(users.get(0))).isNotNull().isSameAs(state(users.get(1)));
        assertThat(users).allSatisfy(user -> assertThat(user.isNewRecord()).isFalse());
    }

    @DatabaseTest
    void snapshotArray_movesIntoTheRelationCache_andOutAgain_withoutLosingADirtyCheck(Database database)
            throws ReflectiveOperationException {
        Tool hammer = savedToolInDrawer(database, "top", "hammer");
        Tool found = ActiveRecord.findOneOrThrow(Tool.class, hammer.id);
        assertThat(state(found)).isInstanceOf(Object[].class);

        assertThat(found.drawer().label).isEqualTo("top");

        assertThat(state(found)).isInstanceOf(RelationCache.class);
        assertThat(found.isNewRecord()).isFalse();
        assertThat(found.isDirty()).isFalse();
        found.name = "mallet";
        assertThat(found.changedColumns()).containsExactly("name");
        found.save();
        assertThat(found.isDirty()).isFalse();
        found.clearAllRelationCaches();
        found.name = "sledge";
        assertThat(found.changedColumns()).containsExactly("name");
        assertThat(ActiveRecord.findOneOrThrow(Tool.class, hammer.id).name).isEqualTo("mallet");
    }

    @DatabaseTest
    void strictlyLoadedRecord_keepsItsStrictPath_andItsSnapshotArray_together(Database database) {
        savedToolInDrawer(database, "top", "hammer");
        savedTool("saw");

        List<Tool> tools = ActiveRecord.query(Tool.class).strict().orderBy("id").all();
        Tool hammer = tools.get(0);

        assertThatThrownBy(hammer::drawer).isInstanceOf(StrictLoadingViolationException.class);
        assertThat(hammer.isDirty()).isFalse();
        hammer.name = "mallet";
        assertThat(hammer.changedColumns()).containsExactly("name");
        hammer.save();
        assertThat(ActiveRecord.findOneOrThrow(Tool.class, hammer.id).name).isEqualTo("mallet");
    }

    @DatabaseTest
    void rolledBackDelete_ofARecordWithCachedRelations_leavesItSavedAndClean(Database database) {
        Tool hammer = savedToolInDrawer(database, "top", "hammer");
        Tool found = ActiveRecord.findOneOrThrow(Tool.class, hammer.id);
        found.drawer();

        assertThatThrownBy(() -> ActiveRecord.transaction(() -> {
            found.delete();
            throw FAILURE;
        })).isSameAs(FAILURE);

        assertThat(found.isNewRecord()).isFalse();
        assertThat(found.isDirty()).isFalse();
        found.name = "mallet";
        assertThat(found.changedColumns()).containsExactly("name");
        found.save();
        assertThat(ActiveRecord.findOneOrThrow(Tool.class, hammer.id).name).isEqualTo("mallet");
    }

    @DatabaseTest
    void rolledBackInsert_ofARecordWithAnAssignedParent_isNewAgain_andKeepsItsParent(Database database) {
        TestSchema.recreate(database, Drawer.class, Tool.class);
        Drawer drawer = new Drawer();
        drawer.label = "top";
        drawer.save();
        Tool saw = new Tool();
        saw.name = "saw";
        Tool.drawer.set(saw, drawer);

        assertThatThrownBy(() -> ActiveRecord.transaction(() -> {
            saw.save();
            throw FAILURE;
        })).isSameAs(FAILURE);

        assertThat(saw.isNewRecord()).isTrue();
        assertThat(saw.id).isNull();
        assertThat(saw.drawer()).isSameAs(drawer);
        saw.save();
        assertThat(ActiveRecord.findOneOrThrow(Tool.class, saw.id).drawerId).isEqualTo(drawer.id);
    }

    @DatabaseTest
    void eagerLoadedChildren_ofOneOwner_shareTheStateThatHoldsTheirInverse(Database database)
            throws ReflectiveOperationException {
        usersWithPosts(database);

        List<User> users = User.query().with("posts").orderBy("id").all();
        List<Post> annsPosts = users.get(0).posts();
        List<Post> bosPosts = users.get(1).posts();

        assertThat(state(annsPosts.get(0))).isSameAs(state(annsPosts.get(1))).isSameAs(state(annsPosts.get(2)))
                .isNotSameAs(state(bosPosts.get(0)));
        assertThat(state(bosPosts.get(0))).isSameAs(state(bosPosts.get(1)));
        assertThat(StatementCounter.count(database, () -> {
            assertThat(annsPosts).allSatisfy(post -> assertThat(post.author()).isSameAs(users.get(0)));
            assertThat(bosPosts).allSatisfy(post -> assertThat(post.author()).isSameAs(users.get(1)));
        })).isZero();
        assertThat(annsPosts).allSatisfy(post -> {
            assertThat(post.isNewRecord()).isFalse();
            assertThat(post.isDirty()).isFalse();
            assertThat(post.hasCachedRelation("author")).isTrue();
            assertThat(post.hasCachedRelation("comments")).isFalse();
        });
    }

    @DatabaseTest
    void aRecordSharingItsState_cachesForgetsSavesAndDeletes_alone(Database database) {
        usersWithPosts(database);
        User ann = User.query().with("posts").orderBy("id").first();
        Post first = ann.posts().get(0);
        Post second = ann.posts().get(1);
        Post third = ann.posts().get(2);

        first.clearRelationCache("author");
        second.comments();
        third.title = "renamed";
        third.save();
        assertThatThrownBy(() -> ActiveRecord.transaction(() -> {
            first.delete();
            second.delete();
            throw FAILURE;
        })).isSameAs(FAILURE);

        assertThat(first.hasCachedRelation("author")).isFalse();
        assertThat(second.hasCachedRelation("author")).isTrue();
        assertThat(second.hasCachedRelation("comments")).isTrue();
        assertThat(third.hasCachedRelation("comments")).isFalse();
        assertThat(third.hasCachedRelation("author")).isFalse(); // its save cleared its own cache only
        assertThat(second.author()).isSameAs(ann);
        assertThat(List.of(first, second, third)).allSatisfy(post -> {
            assertThat(post.isNewRecord()).isFalse();
            assertThat(post.isDirty()).isFalse();
        });
        second.title = "edited";
        assertThat(second.changedColumns()).containsExactly("title");
        assertThat(first.changedColumns()).isEmpty();
        second.delete();
        assertThat(Post.query().count()).isEqualTo(4);
        assertThat(first.author().id).isEqualTo(ann.id); // read again: its cache had forgotten it
        assertThat(Post.findOneOrThrow(third.id).title).isEqualTo("renamed");
    }

    @DatabaseTest
    void strictlyEagerLoadedChildren_keepTheirOwnState_withTheirPath(Database database) throws ReflectiveOperationException {
        usersWithPosts(database);

        List<Post> posts = User.query().strict().with("posts").orderBy("id").first().posts();

        assertThat(state(posts.get(0))).isInstanceOf(RelationCache.class).isNotSameAs(state(posts.get(1)));
        assertThat(posts.get(0).author()).isNotNull();
        assertThatThrownBy(() -> posts.get(0).comments()).isInstanceOf(StrictLoadingViolationException.class)
                .hasMessageContaining("posts.comments");
    }

    @DatabaseTest
    void eagerLoadedChildren_ofAModelWithASnapshotArray_keepTheirOwnCache_andTheirSnapshot(Database database)
            throws ReflectiveOperationException {
        savedToolInDrawer(database, "top", "hammer");
        savedTool("saw");

        Drawer drawer = ActiveRecord.query(Drawer.class).with("tools").first();
        Tool hammer = drawer.tools().get(0);
        Tool saw = drawer.tools().get(1);

        assertThat(state(hammer)).isInstanceOf(RelationCache.class).isNotSameAs(state(saw));
        assertThat(StatementCounter.count(database, () -> assertThat(hammer.drawer()).isSameAs(drawer))).isZero();
        assertThat(hammer.isDirty()).isFalse();
        hammer.name = "mallet";
        assertThat(hammer.changedColumns()).containsExactly("name");
        assertThat(saw.isDirty()).isFalse();
    }

    /** Ann has three posts, Bo two. */
    private static void usersWithPosts(Database database) {
        TestSchema.recreate(database, User.class, Post.class, Comment.class);
        User ann = new User("Ann", 30);
        ann.save();
        User bo = new User("Bo", 40);
        bo.save();
        for (String title : List.of("a1", "a2", "a3")) {
            Post post = new Post(title);
            post.userId = ann.id;
            post.save();
        }
        for (String title : List.of("b1", "b2")) {
            Post post = new Post(title);
            post.userId = bo.id;
            post.save();
        }
    }

    private static Tool savedToolInDrawer(Database database, String label, String name) {
        TestSchema.recreate(database, Drawer.class, Tool.class);
        Drawer drawer = new Drawer();
        drawer.label = label;
        drawer.save();
        Tool tool = new Tool();
        tool.drawerId = drawer.id;
        tool.name = name;
        tool.save();
        return tool;
    }

    private static Tool savedTool(String name) {
        Tool tool = new Tool();
        tool.drawerId = ActiveRecord.query(Drawer.class).first().id;
        tool.name = name;
        tool.save();
        return tool;
    }

    private static Object state(Model<?> record) throws ReflectiveOperationException {
        Field field = Model.class.getDeclaredField("state");
        field.setAccessible(true);
        return field.get(record);
    }
}

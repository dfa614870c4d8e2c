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
import org.activerecord4j.StrictLoadingViolationException;
import org.activerecord4j.models.Drawer;
import org.activerecord4j.models.Tool;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.Test;

/**
 * A record keeps all its state (flags, snapshot, relation cache) behind one field, in whichever form it needs:
 * these tests move records between the forms (a shared marker, a snapshot array, a relation cache holding the
 * flags and the array, with and without a strict-loading path) and check that nothing is lost on the way.
 * Drawer and Tool extend ActiveRecord directly, so keep their snapshot in an array.
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

package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.activerecord4j.models.Draft;
import org.activerecord4j.models.Employee;
import org.activerecord4j.models.Folder;
import org.activerecord4j.models.Writer;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/**
 * Relations of a model to itself (cycles in deletes with dependents and in saves of new parents), and two relations
 * of one model to the same target.
 */
class SelfReferenceTest {

    private Database database;

    @BeforeEach
    void schema(Database database) {
        this.database = database;
        TestSchema.recreate(database, Employee.class, Folder.class, Writer.class, Draft.class);
    }

    private static <T extends ActiveRecord<T>> T saved(T record) {
        record.save();
        return record;
    }

    private int statements(Runnable block) {
        return StatementCounter.count(database, block);
    }

    private static Employee employee(String name) {
        Employee employee = new Employee();
        employee.name = name;
        return employee;
    }

    @DatabaseTest
    void dependentDestroy_ofAFolderThatIsItsOwnParent_deletesItsRowOnce_insteadOfRecursingForever() {
        Folder self = saved(new Folder("self", null));
        self.parentId = self.id;
        self.save();
        Folder other = saved(new Folder("other", null));

        self.delete();

        assertThat(Folder.query().all()).extracting(folder -> folder.id).containsExactly(other.id);
    }

    @DatabaseTest
    void dependentDestroy_ofATree_deletesEveryLevelChildrenFirst() {
        Folder root = saved(new Folder("root", null));
        Folder a = saved(new Folder("a", root));
        saved(new Folder("a1", a));
        saved(new Folder("a2", a));
        saved(new Folder("b", root));
        Folder other = saved(new Folder("other", null));

        root.delete();

        assertThat(Folder.query().all()).extracting(folder -> folder.id).containsExactly(other.id);
    }

    @DatabaseTest
    void dependentDestroy_ofTwoFoldersThatAreEachOthersParent_deletesBoth_insteadOfRecursingForever() {
        Folder a = saved(new Folder("a", null));
        Folder b = saved(new Folder("b", a));
        a.parentId = b.id;
        a.save();
        Folder other = saved(new Folder("other", null));

        a.delete();

        assertThat(Folder.query().all()).extracting(folder -> folder.id).containsExactly(other.id);
    }

    @DatabaseTest
    void save_ofTwoNewEmployeesThatAreEachOthersManager_insertsBoth_andLinksEachToTheOther() {
        Employee alice = employee("Alice");
        Employee bob = employee("Bob");
        Employee.manager.set(alice, bob);
        Employee.manager.set(bob, alice);

        alice.save();

        assertThat(alice.isNewRecord()).isFalse();
        assertThat(bob.isNewRecord()).isFalse();
        assertThat(alice.isDirty()).isFalse();
        assertThat(bob.isDirty()).isFalse();
        assertThat(Employee.findOneOrThrow(alice.id).managerId).isEqualTo(bob.id);
        assertThat(Employee.findOneOrThrow(bob.id).managerId).isEqualTo(alice.id);
        assertThat(Employee.query().count()).isEqualTo(2);
    }

    @DatabaseTest
    void save_ofANewEmployeeAssignedAsItsOwnManager_keepsTheLinkInItsRow() {
        Employee alice = employee("Alice");
        Employee.manager.set(alice, alice);

        alice.save();

        assertThat(alice.managerId).isEqualTo(alice.id);
        assertThat(alice.isDirty()).isFalse();
        assertThat(Employee.findOneOrThrow(alice.id).managerId).isEqualTo(alice.id);
    }

    @DatabaseTest
    void with_authorAndEditor_ofOneWriter_isOneInstance_andEachInverseHoldsOnlyItsOwnDrafts() {
        Writer ann = new Writer();
        ann.name = "Ann";
        ann.save();
        Draft draft = new Draft();
        draft.title = "Plan";
        draft.authorId = ann.id;
        draft.editorId = ann.id;
        draft.save();

        Draft loaded = Draft.query().with("author", "editor").all().get(0);
        Writer writer = Writer.query().with("drafts", "edits").all().get(0);

        assertThat(Draft.author.of(loaded)).isSameAs(Draft.editor.of(loaded));
        assertThat(Writer.drafts.of(writer)).hasSize(1);
        assertThat(Writer.edits.of(writer)).hasSize(1);
        Draft authored = Writer.drafts.of(writer).get(0);
        assertThat(Writer.edits.of(writer).get(0)).isSameAs(authored);   // one row reached twice: one instance
        assertThat(statements(() -> {
            assertThat(Draft.author.of(authored)).isSameAs(writer);
            assertThat(Draft.editor.of(authored)).isSameAs(writer);
        })).isZero();
    }
}

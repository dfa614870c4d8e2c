package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.activerecord4j.models.Comment;
import org.activerecord4j.models.Employee;
import org.activerecord4j.models.Order;
import org.activerecord4j.models.Post;
import org.activerecord4j.models.Profile;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/**
 * {@code delete()} of a record whose key field was changed and not saved deletes the row the record was read from
 * (its key in the database), and runs the dependent actions of that row: never those of the row the unsaved key
 * names.
 */
class DeleteAfterKeyChangeTest {

    @BeforeEach
    void schema(Database database) {
        TestSchema.recreate(database, User.class, Profile.class, Order.class, Post.class, Comment.class, Employee.class);
    }

    /** Regression test: DELETE removed the comments of the post the unsaved key named, and committed. */
    @DatabaseTest
    void dependentDelete_ofAPostWhoseKeyWasChangedInMemory_leavesTheCommentsOfThePostThatKeyNames() {
        Post deleted = new Post("deleted");
        deleted.save();
        Post other = new Post("other");
        other.save();
        Comment kept = new Comment("kept");
        kept.postId = other.id;
        kept.save();
        long deletedKey = deleted.id;

        deleted.id = other.id; // an unsaved change
        deleted.delete();

        assertThat(Post.findOne(deletedKey)).isNull();
        assertThat(Post.findOneOrThrow(other.id).comments()).extracting(comment -> comment.content).containsExactly("kept");
    }

    /** Regression test: DESTROY deleted the profile of the user the unsaved key named. */
    @DatabaseTest
    void dependentDestroy_ofAUserWhoseKeyWasChangedInMemory_destroysItsOwnProfile_andNoOther() {
        User deleted = new User("Deleted", 1);
        deleted.save();
        Profile own = new Profile();
        own.userId = deleted.id;
        own.bio = "own";
        own.save();
        User other = new User("Other", 2);
        other.save();
        Profile kept = new Profile();
        kept.userId = other.id;
        kept.bio = "kept";
        kept.save();
        long deletedKey = deleted.id;

        deleted.id = other.id;
        deleted.delete();

        assertThat(User.findOne(deletedKey)).isNull();
        assertThat(Profile.findOne(own.id)).isNull();
        assertThat(Profile.findOneOrThrow(kept.id).userId).isEqualTo(other.id);
    }

    /** Regression test: NULLIFY cleared the manager of the other employee's reports. */
    @DatabaseTest
    void dependentNullify_ofAnEmployeeWhoseKeyWasChangedInMemory_nullifiesItsOwnReports_andNoOthers() {
        Employee deleted = employee("Deleted", null);
        Employee other = employee("Other", null);
        Employee ownReport = employee("Own report", deleted.id);
        Employee otherReport = employee("Other report", other.id);
        long deletedKey = deleted.id;

        deleted.id = other.id;
        deleted.delete();

        assertThat(Employee.findOne(deletedKey)).isNull();
        assertThat(Employee.findOneOrThrow(ownReport.id).managerId).isNull();
        assertThat(Employee.findOneOrThrow(otherReport.id).managerId).isEqualTo(other.id);
    }

    /** Regression test: RESTRICT counted the orders of the user the unsaved key named, not the user's own. */
    @DatabaseTest
    void dependentRestrict_ofAUserWhoseKeyWasChangedInMemory_countsItsOwnOrders() {
        User deleted = new User("Deleted", 1);
        deleted.save();
        Order order = new Order();
        order.userId = deleted.id;
        order.total = new BigDecimal("1.00");
        order.save();
        User other = new User("Other", 2);
        other.save();
        long deletedKey = deleted.id;

        deleted.id = other.id;

        assertThatThrownBy(deleted::delete).isInstanceOf(ActiveRecordException.class)
                .hasMessage("Cannot delete User id=" + deletedKey + ": 1 Order record(s) depend on it through "
                        + "User.orders (dependent RESTRICT)");
        assertThat(User.findOneOrThrow(deletedKey).name).isEqualTo("Deleted");
        assertThat(deleted.isNewRecord()).isFalse();
    }

    private static Employee employee(String name, Long managerId) {
        Employee employee = new Employee();
        employee.name = name;
        employee.managerId = managerId;
        employee.save();
        return employee;
    }
}

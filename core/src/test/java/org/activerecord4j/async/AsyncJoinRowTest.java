package org.activerecord4j.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.concurrent.CompletionException;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.Database;
import org.activerecord4j.models.async.Course;
import org.activerecord4j.models.async.Enrollment;
import org.activerecord4j.models.async.Student;
import org.activerecord4j.models.async.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/** The async twin of {@code JoinRowTest}: {@code AsyncHasManyThrough.add} fills the join row's own columns. */
class AsyncJoinRowTest {

    private static final LocalDateTime ENROLLED = LocalDateTime.of(2026, 9, 1, 9, 30);

    @BeforeEach
    void schema(Database database) {
        TestSchema.recreate(database, Student.class, Course.class, Enrollment.class);
    }

    private static Student student(String name) {
        Student student = new Student();
        student.name = name;
        return student;
    }

    private static Course course(String title) {
        Course course = new Course();
        course.title = title;
        return course;
    }

    @DatabaseTest
    void add_withAJoinRowFiller_writesTheJoinRowsOwnColumns() {
        Student ann = student("Ann");
        Course math = course("Math");

        Student.courses.add(ann, math, (Enrollment enrollment) -> enrollment.enrolledAt = ENROLLED).join();

        Enrollment row = Enrollment.query().oneOrThrow().join();
        assertThat(row.studentId).isEqualTo(ann.id);
        assertThat(row.courseId).isEqualTo(math.id);
        assertThat(row.enrolledAt).isEqualTo(ENROLLED);
        assertThat(ann.courses().join()).extracting(course -> course.title).containsExactly("Math");
    }

    @DatabaseTest
    void add_ofAPairAlreadyJoined_leavesItsRowAsItIs() {
        Student ann = student("Ann");
        Course math = course("Math");
        Student.courses.add(ann, math, (Enrollment enrollment) -> enrollment.enrolledAt = ENROLLED).join();

        Student.courses.add(ann, math, (Enrollment enrollment) -> enrollment.enrolledAt = ENROLLED.plusDays(1)).join();

        assertThat(Enrollment.query().oneOrThrow().join().enrolledAt).isEqualTo(ENROLLED);
    }

    @DatabaseTest
    void add_withAFillerOfAnotherModel_failsNamingTheJoinModel() {
        Student ann = student("Ann");
        Course math = course("Math");

        assertThatThrownBy(Student.courses.add(ann, math, (User user) -> user.name = "x")::join)
                .isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(ActiveRecordException.class)
                .hasMessage("The join model of Student.courses is Enrollment; type the lambda's parameter as Enrollment: "
                        + "(Enrollment row) -> …");
        assertThat(Enrollment.query().count().join()).isZero();
    }
}

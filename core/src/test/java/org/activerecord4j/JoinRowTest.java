package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.activerecord4j.models.Course;
import org.activerecord4j.models.Enrollment;
import org.activerecord4j.models.Student;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/** A has-many-through join row carries columns of its own, filled when the pair is joined (issue 13). */
class JoinRowTest {

    private static final LocalDateTime ENROLLED = LocalDateTime.of(2026, 9, 1, 9, 30);

    @BeforeEach
    void schema(Database database) {
        TestSchema.recreate(database, Student.class, Course.class, Enrollment.class);
    }

    @DatabaseTest
    void add_withAJoinRowFiller_writesTheJoinRowsOwnColumns() {
        Student ann = new Student();
        ann.name = "Ann";
        Course math = new Course();
        math.title = "Math";

        Student.courses.add(ann, math, (Enrollment enrollment) -> enrollment.enrolledAt = ENROLLED);

        Enrollment row = Enrollment.query().oneOrThrow();
        assertThat(row.studentId).isEqualTo(ann.id);
        assertThat(row.courseId).isEqualTo(math.id);
        assertThat(row.enrolledAt).isEqualTo(ENROLLED);
        assertThat(ann.courses()).extracting(course -> course.title).containsExactly("Math");
    }

    @DatabaseTest
    void add_ofAPairAlreadyJoined_leavesItsRowAsItIs() {
        Student ann = new Student();
        ann.name = "Ann";
        Course math = new Course();
        math.title = "Math";
        Student.courses.add(ann, math, (Enrollment enrollment) -> enrollment.enrolledAt = ENROLLED);

        Student.courses.add(ann, math, (Enrollment enrollment) -> enrollment.enrolledAt = ENROLLED.plusDays(1));

        assertThat(Enrollment.query().oneOrThrow().enrolledAt).isEqualTo(ENROLLED);
    }

    @DatabaseTest
    void add_withAFillerOfAnotherModel_failsNamingTheJoinModel() {
        Student ann = new Student();
        ann.name = "Ann";
        Course math = new Course();
        math.title = "Math";

        assertThatThrownBy(() -> Student.courses.add(ann, math, (User user) -> user.name = "x"))
                .isInstanceOf(ActiveRecordException.class)
                .hasMessage("The join model of Student.courses is Enrollment; type the lambda's parameter as Enrollment: "
                        + "(Enrollment row) -> …");
        assertThat(Enrollment.query().count()).isZero();
    }
}

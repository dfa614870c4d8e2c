package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.activerecord4j.models.Course;
import org.activerecord4j.models.Enrollment;
import org.activerecord4j.models.Student;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/**
 * The join table of a HasManyThrough that {@code createTables} makes holds a pair once, as the generator's migration
 * does ({@code uq_<table>_<key>_<key>}), so two connections adding the same pair at once cannot write it twice; the
 * add that loses the race fails as Rails' {@code <<} does on the unique index, and leaves nothing of itself behind.
 */
class JoinRowUniquenessTest {

    private Database database;

    @BeforeEach
    void schema(Database database) {
        this.database = database;
        TestSchema.recreate(database, Student.class, Course.class, Enrollment.class);
    }

    @DatabaseTest
    void createTables_joinTableOfAHasManyThrough_refusesASecondRowForOnePair() {
        Student sam = saved(student("Sam"));
        Course math = saved(course("Math"));
        enroll(sam, math);

        assertThatThrownBy(() -> enroll(sam, math)).isInstanceOf(StatementFailedException.class);
        assertThat(Enrollment.query().count()).isEqualTo(1);
    }

    @DatabaseTest
    void add_ofAPairAnotherConnectionAddedMeanwhile_fails_andAnotherAddFindsThePair() {
        Student sam = saved(student("Sam"));
        Course math = saved(course("Math"));
        assertThat(sam.courses()).isEmpty();
        AtomicBoolean added = new AtomicBoolean();
        try (ListenerRegistration ignored = database.addListener(event -> {
            if (event.sql().startsWith("SELECT") && event.sql().contains("enrollments") && !added.getAndSet(true)) {
                addMeanwhile(sam, math);
            }
        })) {
            assertThatThrownBy(() -> Student.courses.add(sam, math)).isInstanceOf(StatementFailedException.class);
        }

        assertThat(added).isTrue();
        assertThat(sam.courses()).as("the failed add left the loaded list as it was").isEmpty();
        Student.courses.add(sam, math);
        assertThat(Enrollment.query().count()).isEqualTo(1);
        assertThat(sam.courses()).containsExactly(math);
    }

    @DatabaseTest
    void add_thatFailsOnThePairsUniqueKey_leavesTheRecordsItSavedNewAgain() {
        Student sam = saved(student("Sam"));
        Course fresh = course("Fresh");
        try (ListenerRegistration ignored = database.addListener(event -> {
            // the course was saved by the add, in its transaction: the pair is written there too, before the add's own
            if (event.sql().startsWith("SELECT") && event.sql().contains("enrollments") && fresh.id != null) {
                database.execute("INSERT INTO enrollments (student_id, course_id) VALUES (?, ?)", sam.id, fresh.id);
            }
        })) {
            assertThatThrownBy(() -> Student.courses.add(sam, fresh)).isInstanceOf(StatementFailedException.class);
        }

        assertThat(fresh.isNewRecord()).isTrue();
        assertThat(fresh.id).isNull();
        assertThat(Enrollment.query().count()).isZero();
        assertThat(Course.query().count()).isZero();
    }

    /** Writes the pair as another connection would between the add's check and its insert. */
    private void addMeanwhile(Student student, Course course) {
        if (database.dialectName().equals("sqlite")) {
            // SQLite's transactions begin IMMEDIATE: another writer waits for the add's to end, so only the add's own
            // connection can write the pair in between.
            database.execute("INSERT INTO enrollments (student_id, course_id) VALUES (?, ?)", student.id, course.id);
            return;
        }
        try (Connection other = database.dataSource().getConnection();
                PreparedStatement insert = other.prepareStatement(
                        "INSERT INTO enrollments (student_id, course_id) VALUES (?, ?)")) {
            other.setAutoCommit(true);
            insert.setLong(1, student.id);
            insert.setLong(2, course.id);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void enroll(Student student, Course course) {
        Enrollment enrollment = new Enrollment();
        enrollment.studentId = student.id;
        enrollment.courseId = course.id;
        enrollment.save();
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

    private static <T extends ActiveRecord<T>> T saved(T record) {
        record.save();
        return record;
    }
}

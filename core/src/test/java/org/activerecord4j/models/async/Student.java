package org.activerecord4j.models.async;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.AsyncQuery;
import org.activerecord4j.relation.AsyncHasManyThrough;
import org.activerecord4j.relation.Dependent;

/** A student, enrolled in courses. */
public class Student extends AsyncActiveRecord<Student> {
    public Long id;
    public String name;

    public static final AsyncHasManyThrough<Course> courses = hasManyThrough(through(Enrollment.class),
            sourceForeignKey("student_id"), targetForeignKey("course_id"), inverseOf("students"), dependent(Dependent.DELETE));

    /** @return the courses, by id */
    public CompletableFuture<List<Course>> courses() {
        return courses.of(this);
    }

    /** @return a query over every row */
    public static AsyncQuery<Student> query() {
        return query(Student.class);
    }

    /**
     * @param id the key
     * @return completes with the record or null
     */
    public static CompletableFuture<Student> findOne(Object id) {
        return findOne(Student.class, id);
    }

    /**
     * @param id the key
     * @return completes with the record; fails when there is none
     */
    public static CompletableFuture<Student> findOneOrThrow(Object id) {
        return findOneOrThrow(Student.class, id);
    }
}

package org.activerecord4j.bench.model.async;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.AsyncQuery;
import org.activerecord4j.Table;
import org.activerecord4j.relation.AsyncHasManyThrough;

/**
 * A student enrolled in courses through {@link Enrollment}: the async twin of
 * {@link org.activerecord4j.bench.model.Student}. Not thread-safe, like every record.
 */
@Table("students")
public class Student extends AsyncActiveRecord<Student> {
    public Long id;
    public String name;

    /** The courses, by id. */
    public static final AsyncHasManyThrough<Course> courses = hasManyThrough(through(Enrollment.class),
            sourceForeignKey("student_id"), targetForeignKey("course_id"));

    /** For loading. */
    public Student() {
    }

    /**
     * Returns the courses, querying on the first call unless they were eager-loaded.
     *
     * @return completes with the courses, by id
     */
    public CompletableFuture<List<Course>> courses() {
        return courses.of(this);
    }

    /**
     * Starts a query over every student.
     *
     * @return the query
     */
    public static AsyncQuery<Student> query() {
        return query(Student.class);
    }
}

package org.activerecord4j.bench.model;

import java.util.List;
import org.activerecord4j.Table;
import org.activerecord4j.relation.HasManyThrough;

/** A student enrolled in courses through {@link Enrollment}. Not thread-safe, like every record. */
@Table("students")
public class Student extends StudentRecord {
    public Long id;
    public String name;

    /** The courses, by id. */
    public static final HasManyThrough<Course> courses = hasManyThrough(through(Enrollment.class),
            sourceForeignKey("student_id"), targetForeignKey("course_id"));

    /** For loading. */
    public Student() {
    }

    /**
     * Returns the courses, querying on the first call unless they were eager-loaded.
     *
     * @return the courses, by id
     */
    public List<Course> courses() {
        return courses.of(this);
    }
}

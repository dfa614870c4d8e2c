package org.activerecord4j.models;

import java.util.List;
import org.activerecord4j.relation.Dependent;
import org.activerecord4j.relation.HasManyThrough;

/** A student, enrolled in courses. */
public class Student extends StudentRecord {
    public Long id;
    public String name;

    public static final HasManyThrough<Course> courses = hasManyThrough(through(Enrollment.class),
            sourceForeignKey("student_id"), targetForeignKey("course_id"), inverseOf("students"), dependent(Dependent.DELETE));

    /** @return the courses, by id */
    public List<Course> courses() {
        return courses.of(this);
    }
}

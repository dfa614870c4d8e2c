package org.activerecord4j.models.async;

import org.activerecord4j.relation.AsyncHasManyThrough;
import org.activerecord4j.relation.Dependent;

/** A student, enrolled in courses. */
public class Student extends StudentAsyncRecord {
    public Long id;
    public String name;

    public static final AsyncHasManyThrough<Course> courses = hasManyThrough(through(Enrollment.class),
            sourceForeignKey("student_id"), targetForeignKey("course_id"), inverseOf("students"), dependent(Dependent.DELETE));
}

package org.activerecord4j.models.async;

import org.activerecord4j.relation.AsyncHasManyThrough;

/** A course, with enrolled students; its join model is named by string. */
public class Course extends CourseAsyncRecord {
    public Long id;
    public String title;

    public static final AsyncHasManyThrough<Student> students = hasManyThrough(through("Enrollment"), orderBy("name"));
}

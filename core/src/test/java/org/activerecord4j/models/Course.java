package org.activerecord4j.models;

import java.util.List;
import org.activerecord4j.relation.HasManyThrough;

/** A course, with enrolled students; its join model is named by string. */
public class Course extends CourseRecord {
    public Long id;
    public String title;

    public static final HasManyThrough<Student> students = hasManyThrough(through("Enrollment"), orderBy("name"));

    /** @return the students, by name */
    public List<Student> students() {
        return students.of(this);
    }
}

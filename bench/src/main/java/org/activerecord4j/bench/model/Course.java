package org.activerecord4j.bench.model;

import org.activerecord4j.Table;

/** A course. Not thread-safe, like every record. */
@Table("courses")
public class Course extends CourseRecord {
    public Long id;
    public String title;

    /** For loading. */
    public Course() {
    }
}

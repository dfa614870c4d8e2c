package org.activerecord4j.bench.model.async;

import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.Table;

/** A course: the async twin of {@link org.activerecord4j.bench.model.Course}. Not thread-safe, like every record. */
@Table("courses")
public class Course extends AsyncActiveRecord<Course> {
    public Long id;
    public String title;

    /** For loading. */
    public Course() {
    }
}

package org.activerecord4j.bench.model.async;

import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.Table;
import org.activerecord4j.relation.AsyncBelongsTo;

/**
 * The join row between a student and a course: the async twin of {@link org.activerecord4j.bench.model.Enrollment}.
 * Not thread-safe, like every record.
 */
@Table("enrollments")
public class Enrollment extends AsyncActiveRecord<Enrollment> {
    public Long id;
    public Long studentId;
    public Long courseId;

    /** The student. */
    public static final AsyncBelongsTo<Student> student = belongsTo(foreignKey("student_id"));
    /** The course. */
    public static final AsyncBelongsTo<Course> course = belongsTo(foreignKey("course_id"));

    /** For loading. */
    public Enrollment() {
    }
}

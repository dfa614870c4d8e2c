package org.activerecord4j.bench.model;

import org.activerecord4j.Table;
import org.activerecord4j.relation.BelongsTo;

/** The join row between a student and a course. Not thread-safe, like every record. */
@Table("enrollments")
public class Enrollment extends EnrollmentRecord {
    public Long id;
    public Long studentId;
    public Long courseId;

    /** The student. */
    public static final BelongsTo<Student> student = belongsTo(foreignKey("student_id"));
    /** The course. */
    public static final BelongsTo<Course> course = belongsTo(foreignKey("course_id"));

    /** For loading. */
    public Enrollment() {
    }
}

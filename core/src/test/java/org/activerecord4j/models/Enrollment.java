package org.activerecord4j.models;

import java.time.LocalDateTime;
import org.activerecord4j.relation.BelongsTo;

/** The join model between students and courses. */
public class Enrollment extends EnrollmentRecord {
    public Long id;
    public Long studentId;
    public Long courseId;
    public LocalDateTime enrolledAt;

    public static final BelongsTo<Student> student = belongsTo();
    public static final BelongsTo<Course> course = belongsTo();
}

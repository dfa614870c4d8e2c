package org.activerecord4j.models.async;

import java.time.LocalDateTime;
import org.activerecord4j.relation.AsyncBelongsTo;

/** The join model between students and courses. */
public class Enrollment extends EnrollmentAsyncRecord {
    public Long id;
    public Long studentId;
    public Long courseId;
    public LocalDateTime enrolledAt;

    public static final AsyncBelongsTo<Student> student = belongsTo();
    public static final AsyncBelongsTo<Course> course = belongsTo();
}

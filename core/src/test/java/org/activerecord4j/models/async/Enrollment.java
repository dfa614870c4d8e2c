package org.activerecord4j.models.async;

import java.time.LocalDateTime;
import java.util.concurrent.CompletableFuture;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.AsyncQuery;
import org.activerecord4j.relation.AsyncBelongsTo;

/** The join model between students and courses. */
public class Enrollment extends AsyncActiveRecord<Enrollment> {
    public Long id;
    public Long studentId;
    public Long courseId;
    public LocalDateTime enrolledAt;

    public static final AsyncBelongsTo<Student> student = belongsTo();
    public static final AsyncBelongsTo<Course> course = belongsTo();

    /** @return a query over every row */
    public static AsyncQuery<Enrollment> query() {
        return query(Enrollment.class);
    }

    /**
     * @param id the key
     * @return completes with the record or null
     */
    public static CompletableFuture<Enrollment> findOne(Object id) {
        return findOne(Enrollment.class, id);
    }

    /**
     * @param id the key
     * @return completes with the record; fails when there is none
     */
    public static CompletableFuture<Enrollment> findOneOrThrow(Object id) {
        return findOneOrThrow(Enrollment.class, id);
    }
}

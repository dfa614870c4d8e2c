package org.activerecord4j.models.async;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.AsyncQuery;
import org.activerecord4j.relation.AsyncHasManyThrough;

/** A course, with enrolled students; its join model is named by string. */
public class Course extends AsyncActiveRecord<Course> {
    public Long id;
    public String title;

    public static final AsyncHasManyThrough<Student> students = hasManyThrough(through("Enrollment"), orderBy("name"));

    /** @return the students, by name */
    public CompletableFuture<List<Student>> students() {
        return students.of(this);
    }

    /** @return a query over every row */
    public static AsyncQuery<Course> query() {
        return query(Course.class);
    }

    /**
     * @param id the key
     * @return completes with the record or null
     */
    public static CompletableFuture<Course> findOne(Object id) {
        return findOne(Course.class, id);
    }

    /**
     * @param id the key
     * @return completes with the record; fails when there is none
     */
    public static CompletableFuture<Course> findOneOrThrow(Object id) {
        return findOneOrThrow(Course.class, id);
    }
}

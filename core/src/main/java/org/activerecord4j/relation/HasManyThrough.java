package org.activerecord4j.relation;

import java.util.List;
import org.activerecord4j.ActiveRecord;
import org.activerecord4j.Query;
import org.activerecord4j.internal.relation.RelationReads;
import org.activerecord4j.internal.relation.RelationWrites;

/**
 * Many-to-many through a join model whose rows hold a key to each side
 * ({@code enrollments.student_id}, {@code enrollments.course_id}).
 *
 * <pre>{@code
 * public static final HasManyThrough<Course> courses =
 *         hasManyThrough(through(Enrollment.class), sourceForeignKey("student_id"), targetForeignKey("course_id"));
 * public List<Course> courses() { return courses.of(this); }
 *
 * Student.courses.add(student, course);     // inserts the join row once
 * Student.courses.remove(student, course);  // deletes it
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the target model
 */
public final class HasManyThrough<T extends ActiveRecord<T>> extends Relation<T> {

    /**
     * Declares the relation; use {@code ActiveRecord.hasManyThrough(...)}.
     *
     * @param options the options
     */
    public HasManyThrough(RelationOption... options) {
        super(options);
    }

    /**
     * Returns the target rows of {@code record} through the join table, in one query.
     *
     * @param record the owner
     * @return the rows
     */
    public List<T> of(ActiveRecord<?> record) {
        return RelationReads.many(bound(record), record);
    }

    /**
     * Returns a query over the rows this relation reads for {@code record}.
     *
     * @param record the owner
     * @return the query
     */
    public Query<T> query(ActiveRecord<?> record) {
        return RelationReads.query(bound(record), record);
    }

    /**
     * Inserts the join row between {@code record} and {@code target} unless it exists (saving new records first).
     *
     * @param record the owner
     * @param target the target
     */
    public void add(ActiveRecord<?> record, T target) {
        RelationWrites.add(bound(record), record, target);
    }

    /**
     * Deletes the join row between {@code record} and {@code target}.
     *
     * @param record the owner
     * @param target the target
     */
    public void remove(ActiveRecord<?> record, T target) {
        RelationWrites.remove(bound(record), record, target);
    }
}

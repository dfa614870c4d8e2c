package org.activerecord4j.relation;

import java.util.List;
import java.util.function.Consumer;
import org.activerecord4j.ActiveRecord;
import org.activerecord4j.internal.runtime.QueryFactory;
import org.activerecord4j.internal.runtime.Relations;
import org.activerecord4j.Query;

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
 * Student.courses.add(student, course, (Enrollment enrollment) -> enrollment.enrolledAt = now);   // with its own columns
 * Student.courses.remove(student, course);  // deletes it
 * }</pre>
 *
 * <p>A model to itself (Rails' followers and following) takes two keys of different names, as both would default
 * to {@code {model}_id}, which is refused; the join model has a BelongsTo on each:
 *
 * <pre>{@code
 * public static final HasManyThrough<User> following = hasManyThrough(through(Follow.class),
 *         sourceForeignKey("follower_id"), targetForeignKey("followed_id"), inverseOf("followers"));
 * public static final HasManyThrough<User> followers = hasManyThrough(through(Follow.class),
 *         sourceForeignKey("followed_id"), targetForeignKey("follower_id"), inverseOf("following"));
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
        return Relations.many(this, record);
    }

    /**
     * Returns a query over the rows this relation reads for {@code record}.
     * Sorted in the relation's order; an {@code orderBy} on the query sorts first, the relation's order then
     * breaking its ties (as in a {@code with(path, filter)} filter).
     *
     * @param record the owner
     * @return the query
     */
    public Query<T> query(ActiveRecord<?> record) {
        return QueryFactory.wrap(Relations.rows(this, record));
    }

    /**
     * Inserts the join row between {@code record} and {@code target} unless it exists (saving new records first).
     * When another connection adds the pair between this call's check and its insert, a {@code UNIQUE} on the pair
     * (which {@code createTables} and {@code ar4j generate} declare) refuses the second row: the call fails with
     * {@link org.activerecord4j.StatementFailedException}, as Rails' {@code <<} does, and its transaction leaves
     * nothing behind (records it saved are new again); calling it again finds the pair.
     *
     * @param record the owner
     * @param target the target
     */
    public void add(ActiveRecord<?> record, T target) {
        Relations.add(this, record, target, null);
    }

    /**
     * Inserts the join row between {@code record} and {@code target} unless it exists, with its own columns
     * filled by {@code joinRow} (the keys are set for it). Give the lambda's parameter its type, which is the
     * join model. A pair already joined is left as it is.
     *
     * <pre>{@code
     * Student.courses.add(student, course, (Enrollment enrollment) -> enrollment.enrolledAt = LocalDateTime.now());
     * }</pre>
     *
     * @param record the owner
     * @param target the target
     * @param joinRow fills the new join record's own columns
     * @param <J> the join model
     * @throws org.activerecord4j.ActiveRecordException when {@code J} is not this relation's join model
     */
    public <J extends ActiveRecord<J>> void add(ActiveRecord<?> record, T target, Consumer<J> joinRow) {
        Relations.add(this, record, target, joinRow);
    }

    /**
     * Deletes the join row between {@code record} and {@code target}, as Rails' {@code collection.delete} does on a
     * through association: under {@code dependent(DESTROY)} through the join record's own {@code delete()}, so that
     * the join model's dependents run (in one transaction); otherwise with one DELETE. The target stays.
     *
     * @param record the owner
     * @param target the target
     */
    public void remove(ActiveRecord<?> record, T target) {
        Relations.remove(this, record, target);
    }
}

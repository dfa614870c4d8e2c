package org.activerecord4j.relation;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.AsyncQuery;
import org.activerecord4j.internal.runtime.QueryFactory;
import org.activerecord4j.internal.runtime.Relations;

/**
 * The async twin of {@link HasManyThrough}: a many-to-many relation through a join model.
 *
 * <pre>{@code
 * public static final AsyncHasManyThrough<Course> courses = hasManyThrough(through(Enrollment.class));
 *
 * Student.courses.add(student, course)                                  // inserts the join row
 *         .thenCompose(added -> student.courses())                      // the cache was cleared: queries
 *         .thenAccept(courses -> show(courses));
 * }</pre>
 *
 * <p>The first read queries (one statement, joining the join table) and caches; a second read completes at
 * once from the cache. Immutable and thread-safe.
 *
 * @param <T> the target model
 */
public final class AsyncHasManyThrough<T extends AsyncActiveRecord<T>> extends Relation<T> {

    /**
     * Declares the relation; use {@code AsyncActiveRecord.hasManyThrough(...)}.
     *
     * @param options the options
     */
    public AsyncHasManyThrough(RelationOption... options) {
        super(options);
    }

    /**
     * Reads the target rows of {@code record} through the join table.
     *
     * @param record the owner
     * @return completes with the unmodifiable list
     */
    public CompletableFuture<List<T>> of(AsyncActiveRecord<?> record) {
        return Relations.manyAsync(this, record);
    }

    /**
     * Returns a query over the rows this relation reads for {@code record}.
     * Sorted in the relation's order; an {@code orderBy} on the query sorts first, the relation's order then
     * breaking its ties (as in a {@code with(path, filter)} filter).
     *
     * @param record the owner
     * @return the query
     */
    public AsyncQuery<T> query(AsyncActiveRecord<?> record) {
        return QueryFactory.wrapAsync(Relations.rows(this, record));
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
     * @return completes when the join row is written
     */
    public CompletableFuture<Void> add(AsyncActiveRecord<?> record, T target) {
        return Relations.addAsync(this, record, target, null);
    }

    /**
     * Inserts the join row between {@code record} and {@code target} unless it exists, with its own columns
     * filled by {@code joinRow}; see {@link HasManyThrough#add(org.activerecord4j.ActiveRecord, org.activerecord4j.ActiveRecord, Consumer)}.
     *
     * @param record the owner
     * @param target the target
     * @param joinRow fills the new join record's own columns
     * @param <J> the join model
     * @return completes when the join row is written
     */
    public <J extends AsyncActiveRecord<J>> CompletableFuture<Void> add(AsyncActiveRecord<?> record, T target,
            Consumer<J> joinRow) {
        return Relations.addAsync(this, record, target, joinRow);
    }

    /**
     * Deletes the join row between {@code record} and {@code target}, as Rails' {@code collection.delete} does on a
     * through association: under {@code dependent(DESTROY)} through the join record's own {@code delete()}, so that
     * the join model's dependents run (in one transaction); otherwise with one DELETE. The target stays.
     *
     * @param record the owner
     * @param target the target
     * @return completes when the join row is deleted
     */
    public CompletableFuture<Void> remove(AsyncActiveRecord<?> record, T target) {
        return Relations.removeAsync(this, record, target);
    }
}

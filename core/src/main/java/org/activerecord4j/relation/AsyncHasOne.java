package org.activerecord4j.relation;

import java.util.concurrent.CompletableFuture;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.AsyncQuery;
import org.activerecord4j.internal.runtime.QueryFactory;
import org.activerecord4j.internal.runtime.Relations;

/**
 * The async twin of {@link HasOne}: one target row holds a foreign key to the owner
 * ({@code profiles.user_id → users.id}).
 *
 * <pre>{@code
 * public static final AsyncHasOne<Profile> profile = hasOne(inverseOf("user"));
 *
 * user.profile().thenAccept(profile -> show(profile));
 * }</pre>
 *
 * <p>The first read queries and caches; a second read completes at once from the cache. Immutable and
 * thread-safe.
 *
 * @param <T> the target model
 */
public final class AsyncHasOne<T extends AsyncActiveRecord<T>> extends Relation<T> {

    /**
     * Declares the relation; use {@code AsyncActiveRecord.hasOne(...)}.
     *
     * @param options the options
     */
    public AsyncHasOne(RelationOption... options) {
        super(options);
    }

    /**
     * Reads the target row of {@code record}.
     *
     * @param record the owner
     * @return completes with the target, or null when there is none
     */
    public CompletableFuture<T> of(AsyncActiveRecord<?> record) {
        return Relations.oneAsync(this, record);
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
}

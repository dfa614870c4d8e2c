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
 * User.profile.set(user, newProfile).thenRun(() -> done());   // the old profile goes as dependent(...) says
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

    /**
     * Makes {@code child} the target of {@code record}, with the semantics and statements of {@link HasOne#set}: the
     * current target is destroyed, deleted or let go (foreign key set to null) as {@code dependent(...)} says, and
     * {@code child} gets {@code record}'s key and is saved, in one transaction on the owner's database.
     *
     * @param record the owner
     * @param child the new target, or null
     * @return completes when written; fails with {@link org.activerecord4j.ActiveRecordException} when the current
     *     target must be let go but its foreign key cannot be null, nothing changed
     */
    public CompletableFuture<Void> set(AsyncActiveRecord<?> record, T child) {
        return Relations.setOneAsync(this, record, child);
    }
}

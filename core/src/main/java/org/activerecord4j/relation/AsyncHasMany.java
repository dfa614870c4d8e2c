package org.activerecord4j.relation;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.AsyncQuery;
import org.activerecord4j.internal.runtime.QueryFactory;
import org.activerecord4j.internal.runtime.Relations;

/**
 * The async twin of {@link HasMany}: many target rows hold a foreign key to the owner
 * ({@code posts.user_id → users.id}), read as a list in the relation's order.
 *
 * <pre>{@code
 * public static final AsyncHasMany<Post> posts = hasMany(inverseOf("author"), orderBy("created_at DESC"));
 *
 * user.posts().thenAccept(posts -> render(posts));
 * User.posts.add(user, post).thenRun(() -> done());     // sets post.userId and saves
 * User.posts.query(user).where(Post.c.published.eq(false)).count().thenAccept(drafts -> show(drafts));
 * }</pre>
 *
 * <p>The first read queries and caches an unmodifiable list; a second read completes at once from the
 * cache, as does the read of a new owner (which has no rows yet). Immutable and thread-safe.
 *
 * @param <T> the target model
 */
public final class AsyncHasMany<T extends AsyncActiveRecord<T>> extends Relation<T> {

    /**
     * Declares the relation; use {@code AsyncActiveRecord.hasMany(...)}.
     *
     * @param options the options
     */
    public AsyncHasMany(RelationOption... options) {
        super(options);
    }

    /**
     * Reads the target rows of {@code record}.
     *
     * @param record the owner
     * @return completes with the unmodifiable list, empty when there are none
     */
    public CompletableFuture<List<T>> of(AsyncActiveRecord<?> record) {
        return Relations.manyAsync(this, record);
    }

    /**
     * Returns a query over the rows this relation reads for {@code record}, for filtering, counting and paging.
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
     * Sets {@code child}'s foreign key to {@code record} and saves it (saving a new owner first). A parent assigned
     * to {@code child} before through the BelongsTo on that key is replaced by {@code record}, not saved.
     *
     * @param record the owner
     * @param child the child
     * @return completes when the child is saved
     */
    public CompletableFuture<Void> add(AsyncActiveRecord<?> record, T child) {
        return Relations.addAsync(this, record, child, null);
    }

    /**
     * Takes {@code child} from {@code record} as Rails' {@code collection.delete} does, following the relation's
     * {@code dependent}: under {@code DESTROY} deletes it through its {@code delete()} (its own dependents run), under
     * {@code DELETE} deletes its row alone; otherwise sets its foreign key to null and writes that column alone (other
     * unsaved changes of the child stay unsaved, as in Rails), forgetting a parent assigned to it before through the
     * BelongsTo on that key (not saved). A child whose row belongs to another owner,
     * or that was never saved, is left as it is (and only leaves the owner's loaded list).
     *
     * @param record the owner
     * @param child the child
     * @return completes when the child's row is written; fails with {@link org.activerecord4j.ActiveRecordException}
     *     when the foreign key would be set to null but cannot be
     */
    public CompletableFuture<Void> remove(AsyncActiveRecord<?> record, T child) {
        return Relations.removeAsync(this, record, child);
    }
}

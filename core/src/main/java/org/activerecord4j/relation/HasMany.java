package org.activerecord4j.relation;

import java.util.List;
import org.activerecord4j.ActiveRecord;
import org.activerecord4j.internal.runtime.QueryFactory;
import org.activerecord4j.internal.runtime.Relations;
import org.activerecord4j.Query;

/**
 * Many target rows hold a foreign key to the owner ({@code posts.user_id → users.id}), read as a list
 * in the relation's order (by primary key unless {@code orderBy(...)} says otherwise).
 *
 * <pre>{@code
 * public static final HasMany<Post> posts = hasMany(inverseOf("author"), orderBy("created_at DESC"));
 * public List<Post> posts() { return posts.of(this); }
 *
 * User.posts.add(user, post);                          // sets post.userId and saves
 * long drafts = User.posts.query(user).where(Post.c.published.eq(false)).count();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the target model
 */
public final class HasMany<T extends ActiveRecord<T>> extends Relation<T> {

    /**
     * Declares the relation; use {@code ActiveRecord.hasMany(...)}.
     *
     * @param options the options
     */
    public HasMany(RelationOption... options) {
        super(options);
    }

    /**
     * Returns the target rows of {@code record}, empty when there are none. The first call queries, later
     * calls return the cached, unmodifiable list.
     *
     * @param record the owner
     * @return the rows
     */
    public List<T> of(ActiveRecord<?> record) {
        return Relations.many(this, record);
    }

    /**
     * Returns a query over the rows this relation reads for {@code record}, for filtering, counting and paging.
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
     * Sets {@code child}'s foreign key to {@code record} and saves it (saving a new owner first). A parent assigned
     * to {@code child} before through the BelongsTo on that key is replaced by {@code record}, not saved.
     *
     * @param record the owner
     * @param child the child
     */
    public void add(ActiveRecord<?> record, T child) {
        Relations.add(this, record, child, null);
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
     * @throws org.activerecord4j.ActiveRecordException when the foreign key would be set to null but cannot be
     */
    public void remove(ActiveRecord<?> record, T child) {
        Relations.remove(this, record, child);
    }
}

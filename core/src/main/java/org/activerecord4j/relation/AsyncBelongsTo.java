package org.activerecord4j.relation;

import java.util.concurrent.CompletableFuture;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.internal.runtime.Relations;

/**
 * The async twin of {@link BelongsTo}: the owner holds a foreign key to one target row
 * ({@code comments.user_id → users.id}).
 *
 * <pre>{@code
 * public static final AsyncBelongsTo<User> author = belongsTo(foreignKey("user_id"), inverseOf("comments"));
 *
 * comment.author().thenAccept(user -> render(user));    // generated accessor; author.of(comment) is the same
 * }</pre>
 *
 * <p>The first read queries on the database's async executor and caches the target on the record; a second
 * read, like a read of a null foreign key, completes at once with no statement. Immutable and thread-safe.
 *
 * @param <T> the target model
 */
public final class AsyncBelongsTo<T extends AsyncActiveRecord<T>> extends Relation<T> {

    /**
     * Declares the relation; use {@code AsyncActiveRecord.belongsTo(...)}.
     *
     * @param options the options
     */
    public AsyncBelongsTo(RelationOption... options) {
        super(options);
    }

    /**
     * Reads the target row of {@code record}.
     *
     * @param record the owner
     * @return completes with the target, or null when the foreign key is null or points at no row
     */
    public CompletableFuture<T> of(AsyncActiveRecord<?> record) {
        return Relations.oneAsync(this, record);
    }

    /**
     * Assigns {@code parent} to {@code record} in memory: sets the foreign key (null for null) and caches the
     * parent (and {@code record} as the parent's HasOne, when that is the inverse, which a former parent's cached
     * HasOne then no longer holds); nothing is written until {@code record.save()}, which saves a new parent first.
     *
     * @param record the owner
     * @param parent the new target, or null
     * @throws org.activerecord4j.ActiveRecordException when {@code parent} is null and the foreign key is a
     *     primitive field ({@code long orderId}), which cannot hold null; nothing is changed
     */
    public void set(AsyncActiveRecord<?> record, T parent) {
        Relations.assign(this, record, parent);
    }
}

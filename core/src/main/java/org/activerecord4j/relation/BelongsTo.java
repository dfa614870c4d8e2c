package org.activerecord4j.relation;

import org.activerecord4j.ActiveRecord;
import org.activerecord4j.internal.runtime.Relations;

/**
 * The owner holds a foreign key to one target row ({@code comments.user_id → users.id}).
 *
 * <pre>{@code
 * public static final BelongsTo<User> author = belongsTo(foreignKey("user_id"), inverseOf("comments"));
 * public User author() { return author.of(this); }
 * public void author(User user) { author.set(this, user); }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the target model
 */
public final class BelongsTo<T extends ActiveRecord<T>> extends Relation<T> {

    /**
     * Declares the relation; use {@code ActiveRecord.belongsTo(...)}.
     *
     * @param options the options
     */
    public BelongsTo(RelationOption... options) {
        super(options);
    }

    /**
     * Returns the target row of {@code record}: null when its foreign key is null (no query) or points at
     * no row. The first call queries, later calls return the cached value.
     *
     * @param record the owner
     * @return the target or null
     */
    public T of(ActiveRecord<?> record) {
        return Relations.one(this, record);
    }

    /**
     * Assigns {@code parent} to {@code record}: sets the foreign key (null for null) and caches the parent (and
     * {@code record} as the parent's HasOne, when that is the inverse, which a former parent's cached HasOne then no
     * longer holds).
     * Saving {@code record} later saves a new parent first, in one transaction.
     *
     * @param record the owner
     * @param parent the new target, or null
     * @throws org.activerecord4j.ActiveRecordException when {@code parent} is null and the foreign key is a
     *     primitive field ({@code long orderId}), which cannot hold null; nothing is changed
     */
    public void set(ActiveRecord<?> record, T parent) {
        Relations.assign(this, record, parent);
    }
}

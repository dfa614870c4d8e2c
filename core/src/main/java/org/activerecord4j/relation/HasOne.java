package org.activerecord4j.relation;

import org.activerecord4j.ActiveRecord;
import org.activerecord4j.internal.runtime.QueryFactory;
import org.activerecord4j.internal.runtime.Relations;
import org.activerecord4j.Query;

/**
 * One target row holds a foreign key to the owner ({@code profiles.user_id → users.id}). When several
 * rows match, the one with the lowest key is returned, every time.
 *
 * <pre>{@code
 * public static final HasOne<Profile> profile = hasOne(inverseOf("user"), dependent(Dependent.DESTROY));
 * public Profile profile() { return profile.of(this); }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the target model
 */
public final class HasOne<T extends ActiveRecord<T>> extends Relation<T> {

    /**
     * Declares the relation; use {@code ActiveRecord.hasOne(...)}.
     *
     * @param options the options
     */
    public HasOne(RelationOption... options) {
        super(options);
    }

    /**
     * Returns the target row of {@code record}, or null. The first call queries, later calls return the
     * cached value.
     *
     * @param record the owner
     * @return the target or null
     */
    public T of(ActiveRecord<?> record) {
        return Relations.one(this, record);
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
}

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
 *
 * User.profile.set(user, newProfile);                  // the old profile goes as dependent(...) says
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

    /**
     * Makes {@code child} the target of {@code record}, as Rails' {@code user.profile = profile} does, in one
     * transaction: a new {@code record} is saved first; the current target (read first when it is not cached) is
     * destroyed through its {@code delete()} under {@code dependent(DESTROY)}, has its row deleted under
     * {@code dependent(DELETE)}, and otherwise has its foreign key set to null, written alone (its other unsaved
     * changes stay unsaved); then {@code child} gets
     * {@code record}'s key and is saved. Null only removes the current target; the target {@code record} has already
     * (the same row) is only saved when it has changes. Afterwards {@code record}'s cached target is {@code child},
     * {@code child}'s BelongsTo inverse is {@code record}, and a former target let go reads its owner as null; a
     * rollback of an enclosing transaction puts every record back as it was.
     *
     * <pre>{@code
     * User.profile.set(user, newProfile);   // 2 statements when user.profile() was read: the old goes, the new is saved
     * }</pre>
     *
     * @param record the owner
     * @param child the new target, or null
     * @throws org.activerecord4j.ActiveRecordException when the current target must be let go but its foreign key
     *     cannot be null (declared {@code nullable = false}, or a primitive); nothing is changed
     */
    public void set(ActiveRecord<?> record, T child) {
        Relations.setOne(this, record, child);
    }
}

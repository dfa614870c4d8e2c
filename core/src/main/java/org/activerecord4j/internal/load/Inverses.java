package org.activerecord4j.internal.load;

import java.util.List;
import org.activerecord4j.Model;
import org.activerecord4j.internal.model.BoundRelation;
import org.activerecord4j.internal.state.RecordStates;

/**
 * Fills the other side of a relation from memory after one side was loaded, so reading it costs no query. The
 * inverse's own cache policy holds: cached for ever, for its time to live, or, when it is not cached
 * ({@code cache(false)}), for its next read only.
 */
public final class Inverses {

    private Inverses() {
    }

    /** After {@code owner.relation} loaded {@code loaded}: a to-one inverse on {@code loaded} is {@code owner}. */
    public static void fillFromOne(BoundRelation relation, Model<?> owner, Model<?> loaded) {
        BoundRelation inverse = relation.inverse();
        if (inverse != null && !inverse.kind().toMany()) {
            RecordStates.cacheLoadedAhead(loaded, inverse.name(), owner, inverse.timeToLive());
        }
    }

    /** After {@code owner.relation} loaded {@code children}: each child's BelongsTo inverse is {@code owner}. */
    public static void fillFromMany(BoundRelation relation, Model<?> owner, List<? extends Model<?>> children) {
        BoundRelation inverse = manyToOwner(relation);
        if (inverse == null) {
            return;
        }
        for (Model<?> child : children) {
            fill(inverse, child, owner);
        }
    }

    /**
     * Returns the BelongsTo inverse that a load of the to-many {@code relation} fills on each loaded child.
     *
     * @param relation a relation
     * @return the inverse, or null when there is none to fill
     */
    public static BoundRelation manyToOwner(BoundRelation relation) {
        BoundRelation inverse = relation.inverse();
        return relation.kind().toMany() && inverse != null && inverse.kind().ownerHoldsKey() ? inverse : null;
    }

    /**
     * Caches {@code owner} as {@code child}'s {@code inverse}.
     *
     * @param inverse the child's relation back to the owner
     * @param child the loaded child
     * @param owner the owner it was loaded for
     */
    public static void fill(BoundRelation inverse, Model<?> child, Model<?> owner) {
        RecordStates.cacheLoadedAhead(child, inverse.name(), owner, inverse.timeToLive());
    }
}

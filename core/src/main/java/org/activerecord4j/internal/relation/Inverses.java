package org.activerecord4j.internal.relation;

import java.util.List;
import org.activerecord4j.ActiveRecord;
import org.activerecord4j.internal.persist.RecordStates;

/** Fills the other side of a relation from memory after one side was loaded, so reading it costs no query. */
public final class Inverses {

    private Inverses() {
    }

    /** After {@code owner.relation} loaded {@code loaded}: a to-one inverse on {@code loaded} is {@code owner}. */
    public static void fillFromOne(BoundRelation relation, ActiveRecord<?> owner, ActiveRecord<?> loaded) {
        BoundRelation inverse = relation.inverse();
        if (inverse != null && !inverse.kind().toMany()) {
            RecordStates.of(loaded).cache(inverse.name(), owner, inverse.timeToLive());
        }
    }

    /** After {@code owner.relation} loaded {@code children}: each child's BelongsTo inverse is {@code owner}. */
    public static void fillFromMany(BoundRelation relation, ActiveRecord<?> owner, List<? extends ActiveRecord<?>> children) {
        BoundRelation inverse = relation.inverse();
        if (inverse == null || inverse.kind() != Kind.BELONGS_TO) {
            return;
        }
        for (ActiveRecord<?> child : children) {
            RecordStates.of(child).cache(inverse.name(), owner, inverse.timeToLive());
        }
    }
}

package org.activerecord4j.internal.write;

import java.util.Collection;
import java.util.Objects;
import org.activerecord4j.Model;
import org.activerecord4j.internal.model.BoundRelation;
import org.activerecord4j.internal.model.ModelRelations;
import org.activerecord4j.internal.state.RelationCache;

/**
 * The BelongsTo parents a record's saved relation cache holds, each with the foreign key it went with, kept by the
 * mementos a rolled-back transaction restores records from. The application's own change to a foreign key during
 * the transaction (a field it set, another parent it assigned) stays after the rollback, so a parent cached before
 * it no longer belongs to the record: {@link #forgetChanged} drops it from the restored cache, and the next read
 * queries. Immutable.
 */
final class CachedParents {

    private final BoundRelation[] relations;
    private final Object[] keys;

    private CachedParents(BoundRelation[] relations, Object[] keys) {
        this.relations = relations;
        this.keys = keys;
    }

    /**
     * Remembers the foreign keys of the parents {@code saved} holds for {@code record}.
     *
     * @param record the record
     * @param saved the copy of its relation cache that a rollback restores, or null
     * @return what to check after the rollback, or null when the cache holds no BelongsTo
     */
    static CachedParents of(Model<?> record, RelationCache saved) {
        if (saved == null) {
            return null;
        }
        Collection<BoundRelation> all = ModelRelations.of(record.getClass()).all();
        BoundRelation[] relations = null;
        Object[] keys = null;
        int i = 0;
        for (BoundRelation relation : all) {
            if (relation.kind().ownerHoldsKey() && saved.hasCached(relation.name())) {
                if (relations == null) {
                    relations = new BoundRelation[all.size()];
                    keys = new Object[all.size()];
                }
                relations[i] = relation;
                keys[i] = relation.foreignKey().get(record);
            }
            i++;
        }
        return relations == null ? null : new CachedParents(relations, keys);
    }

    /**
     * Forgets, in the restored cache, each parent whose foreign key the record no longer holds.
     *
     * @param record the record, restored
     * @param restored its relation cache, the copy {@link #of} was given
     */
    void forgetChanged(Model<?> record, RelationCache restored) {
        for (int i = 0; i < relations.length; i++) {
            BoundRelation relation = relations[i];
            if (relation != null && !Objects.equals(keys[i], relation.foreignKey().get(record))) {
                restored.clearRelation(relation.name());
            }
        }
    }
}

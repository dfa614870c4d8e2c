package org.activerecord4j.internal.write;

import java.util.ArrayList;
import java.util.List;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.Model;
import org.activerecord4j.internal.jdbc.Engine;
import org.activerecord4j.internal.load.EagerPlan;
import org.activerecord4j.internal.load.Inverses;
import org.activerecord4j.internal.load.Loads;
import org.activerecord4j.internal.load.RelationReads;
import org.activerecord4j.internal.model.BoundRelation;
import org.activerecord4j.internal.model.Keys;
import org.activerecord4j.internal.state.RecordStates;
import org.activerecord4j.internal.state.RelationCache;
import org.activerecord4j.relation.Dependent;

/** Replacing the target of a HasOne, as Rails' has_one writer ({@code user.profile = profile}) does. */
public final class HasOneWrites {

    private HasOneWrites() {
    }

    /**
     * Makes {@code child} the target of the HasOne {@code relation} of {@code record}, as Rails' has_one writer does,
     * in one transaction: saves a new owner; destroys, deletes or lets go (key set to null) the current target, as the
     * relation's {@code dependent} says, unless it is {@code child}'s row; gives {@code child} the owner's key and
     * saves it. The owner's cache then holds {@code child}, and {@code child}'s BelongsTo inverse the owner.
     *
     * @param relation the HasOne
     * @param record the owner
     * @param child the new target, or null to only remove the current one
     * @throws ActiveRecordException when the current target would be let go but its key cannot be null; nothing changed
     */
    public static void set(BoundRelation relation, Model<?> record, Model<?> child) {
        if (child != null) {
            RelationWrites.requireChild(relation, child);
        }
        Engine engine = RelationWrites.owners(relation);
        engine.transaction(() -> {
            RecordMemento.beforeWrite(engine, record);
            List<Model<?>> replaced = replacedTargets(relation, record, child);
            for (Model<?> current : replaced) {
                if (letsGo(relation) && RecordStates.isPersisted(current) && !relation.foreignKey().nullable()) {
                    throw RelationWrites.keyCannotBeNull(relation, replacing(relation, record, current), letGoFix(relation));
                }
            }
            if (record.isNewRecord()) {
                Saves.save(record);
            }
            for (Model<?> current : replaced) {
                removeTarget(relation, record, current);
            }
            if (child != null) {
                attach(relation, record, child);
            }
            RecordStates.cacheLoadedAhead(record, relation.name(), child, relation.timeToLive());
        });
    }

    /**
     * The targets {@code child} replaces: the one {@code record} holds (read when it is not cached; a write's read,
     * not a strict-loading one), and, when the one held is new (assigned through its BelongsTo, not saved yet), also
     * the row that points at {@code record}, which a fresh read would otherwise still find. Not {@code child}'s row.
     */
    private static List<Model<?>> replacedTargets(BoundRelation relation, Model<?> record, Model<?> child) {
        List<Model<?>> replaced = new ArrayList<>(2);
        Object held = RelationReads.oneFromMemory(relation, record);
        if (held instanceof Model<?> current && !isChildsRow(relation, current, child)) {
            replaced.add(current);
        }
        Object key = relation.ownerKey(record);
        if (key != null && (held == RelationCache.MISSING || held instanceof Model<?> current && !RecordStates.isPersisted(current))) {
            Model<?> stored = (Model<?>) Loads.firstInItsOrder(relation.target(), RelationReads.rowsOf(relation, key),
                    EagerPlan.none(), null);
            if (stored != null && !isChildsRow(relation, stored, child)) {
                replaced.add(stored);
            }
        }
        return replaced;
    }

    /** Whether {@code current} is {@code child}'s row, which stays. */
    private static boolean isChildsRow(BoundRelation relation, Model<?> current, Model<?> child) {
        return child != null && RelationWrites.sameRow(relation.target(), current, child);
    }

    /** Whether taking a child from its owner through {@code relation} sets its key to null rather than deleting it. */
    private static boolean letsGo(BoundRelation relation) {
        return relation.dependent() != Dependent.DESTROY && relation.dependent() != Dependent.DELETE;
    }

    private static String replacing(BoundRelation relation, Model<?> record, Model<?> current) {
        return "Cannot replace " + RelationWrites.describe(relation.target(), current) + " as " + relation + " of "
                + RelationWrites.describe(relation.owner(), record) + ": ";
    }

    private static String letGoFix(BoundRelation relation) {
        return "declare " + relation + " with dependent(Dependent." + Dependent.DESTROY + ") or dependent(Dependent."
                + Dependent.DELETE + "), or delete the " + relation.target().name() + " first";
    }

    /** Takes {@code current} from the HasOne of {@code record}, as the relation's {@code dependent} says. */
    private static void removeTarget(BoundRelation relation, Model<?> record, Model<?> current) {
        if (!RecordStates.isPersisted(current)) {
            if (!RecordStates.isDestroyed(current)) {
                // A new child assigned to the owner: it has no row, but must not point at the owner when saved later.
                RecordMemento.beforeSetting(RelationWrites.owners(relation), current, relation.foreignKey());
                RelationWrites.forgetAssignedParents(relation, current);
                if (!relation.foreignKey().primitive()) {
                    relation.foreignKey().set(current, null);
                }
                RelationCache cache = RecordStates.relationsIfAny(current);
                if (relation.inverse() != null && cache != null) {
                    cache.clearRelation(relation.inverse().name());
                }
            }
        } else if (relation.dependent() == Dependent.DESTROY) {
            Deletes.delete(current);
        } else if (relation.dependent() == Dependent.DELETE) {
            Deletes.deleteRow(current);
        } else {
            RelationWrites.nullifyChild(relation, current, replacing(relation, record, current), letGoFix(relation));
        }
    }

    /** Gives {@code child} the key of {@code record}, the owner of the HasOne {@code relation}, and saves it. */
    private static void attach(BoundRelation relation, Model<?> record, Model<?> child) {
        Engine engine = RelationWrites.owners(relation);
        BoundRelation inverse = relation.inverse();
        if (inverse != null && RecordStates.cached(child, inverse.name()) instanceof Model<?> former && former != record) {
            RecordMemento.beforeWrite(engine, former);
            RelationWrites.leaveFormerParent(inverse, child, former);
        }
        RecordMemento.beforeSetting(engine, child, relation.foreignKey());
        RelationWrites.forgetAssignedParents(relation, child);
        relation.foreignKey().set(child, Keys.convert(relation.foreignKey(), relation.owner().keyOf(record)));
        Saves.save(child);
        if (inverse != null) {
            Inverses.fill(inverse, child, record);
        }
    }
}

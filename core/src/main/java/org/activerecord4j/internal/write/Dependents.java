package org.activerecord4j.internal.write;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.activerecord4j.Model;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.internal.jdbc.Engine;
import org.activerecord4j.internal.jdbc.Routing;
import org.activerecord4j.internal.load.EagerPlan;
import org.activerecord4j.internal.load.Loads;
import org.activerecord4j.internal.load.RelationReads;
import org.activerecord4j.internal.model.BoundRelation;
import org.activerecord4j.internal.model.Keys;
import org.activerecord4j.internal.model.ModelInfo;
import org.activerecord4j.internal.model.ModelRelations;
import org.activerecord4j.internal.sql.SelectSpec;
import org.activerecord4j.internal.sql.WriteStatements;
import org.activerecord4j.internal.state.RecordStates;
import org.activerecord4j.query.Property;
import org.activerecord4j.relation.Dependent;

/** Runs the {@code dependent(...)} actions of an owner that is being deleted, inside its delete transaction. */
public final class Dependents {

    private Dependents() {
    }

    /**
     * Returns whether deleting a {@code type} record has dependent actions to run.
     *
     * @param type the model class
     * @return true when one of its relations is dependent
     */
    public static boolean any(Class<?> type) {
        return ModelRelations.of(type).all().stream().anyMatch(relation -> relation.dependent() != null);
    }

    /**
     * Runs the dependent actions of {@code record}'s relations on the rows that depend on its row; RESTRICT checks
     * run first.
     *
     * @param record the owner about to be deleted
     * @param key the key of its row in the database, which an unsaved change of its key field does not move
     * @param deleting the rows whose deletes are under way, the record's included: DESTROY skips these rather than
     *        deleting them again (and again, a record that is its own parent or a cycle of parents for ever)
     */
    static void beforeDelete(Model<?> record, Object key, Set<Deletes.Row> deleting) {
        ModelRelations relations = ModelRelations.of(record.getClass());
        for (BoundRelation relation : relations.all()) {
            if (relation.dependent() == Dependent.RESTRICT) {
                restrict(relation, key);
            }
        }
        for (BoundRelation relation : relations.all()) {
            Dependent action = relation.dependent();
            if (action != null && action != Dependent.RESTRICT) {
                act(relation, action, record, key, deleting);
            }
        }
    }

    private static void act(BoundRelation relation, Dependent action, Model<?> record, Object key,
            Set<Deletes.Row> deleting) {
        ModelInfo<?> rows = relation.dependentRows();
        Engine engine = Routing.forModel(rows.type());
        if (relation.kind().throughJoin() && action == Dependent.DESTROY) {
            destroyJoinRows(relation, key, null, deleting);
        } else if (relation.kind().throughJoin() || action == Dependent.DELETE) {
            // NULLIFY too, on a through relation: a join row without its owner's key joins nothing (as in Rails).
            engine.update(WriteStatements.deleteWhere(engine.dialect(), rows, relation.foreignKey(), key));
        } else if (action == Dependent.NULLIFY) {
            engine.update(WriteStatements.nullifyWhere(engine.dialect(), rows, relation.foreignKey(), key));
        } else {
            Map<Object, Model<?>> held = heldChildren(relation, record);
            for (Object child : Loads.all(relation.target(), RelationReads.rowsOf(relation, key),
                    EagerPlan.none(), null)) {
                Object childKey = relation.target().keyOf((Model<?>) child);
                if (!deleting.contains(new Deletes.Row(relation.target().type(), childKey))) {
                    Deletes.delete(held.getOrDefault(childKey, (Model<?>) child), deleting);
                } else if (relation.foreignKey().nullable()) {
                    // A row whose delete is under way further up (the record itself, when it is its own parent) is
                    // not deleted again; it lets go of this row so that the row can go, MariaDB refusing even a row
                    // that refers to itself.
                    engine.update(WriteStatements.nullifyWhere(engine.dialect(), rows, relation.foreignKey(),
                            rows.primaryKey(), childKey));
                }
            }
        }
    }

    /**
     * Deletes join rows of a HasManyThrough each through its own {@code delete()}, so that the join model's
     * dependents run (Rails destroys the join records of a {@code dependent: :destroy} through association).
     *
     * @param relation the HasManyThrough
     * @param sourceKey the owner's key
     * @param targetKey the target's key, or null for all of the owner's join rows
     * @param deleting the rows whose deletes are under way further up
     */
    static void destroyJoinRows(BoundRelation relation, Object sourceKey, Object targetKey, Set<Deletes.Row> deleting) {
        ModelInfo<?> rows = relation.join();
        SelectSpec joinRows = SelectSpec.ALL.where(new Property<>(rows.type(), relation.foreignKey().fieldName()).eq(sourceKey));
        if (targetKey != null) {
            joinRows = joinRows.where(new Property<>(rows.type(), relation.targetForeignKey().fieldName())
                    .eq(Keys.convert(relation.targetForeignKey(), targetKey)));
        }
        for (Object joinRow : Loads.all(rows, joinRows, EagerPlan.none(), null)) {
            Deletes.delete((Model<?>) joinRow, deleting);
        }
    }

    /**
     * The children of {@code relation} that the owner's relation cache holds and that still have their rows, by key:
     * DESTROY deletes these instances rather than fresh copies of their rows, so that the application's own
     * instances say they were deleted (as Rails destroys the loaded target). The rows are read anyway: a cache may
     * hold fewer children than there are (a filtered eager load).
     */
    private static Map<Object, Model<?>> heldChildren(BoundRelation relation, Model<?> record) {
        Object cached = RecordStates.cached(record, relation.name());
        List<?> children = cached instanceof List<?> list ? list : cached instanceof Model<?> one ? List.of(one) : List.of();
        Map<Object, Model<?>> byKey = new HashMap<>();
        for (Object child : children) {
            Model<?> instance = (Model<?>) child;
            Object key = relation.target().keyOf(instance);
            if (key != null && RecordStates.isPersisted(instance)) {
                byKey.putIfAbsent(key, instance);
            }
        }
        return byKey;
    }

    private static void restrict(BoundRelation relation, Object key) {
        ModelInfo<?> rows = relation.dependentRows();
        Engine engine = Routing.forModel(rows.type());
        long[] found = new long[1];
        engine.query(WriteStatements.countWhere(engine.dialect(), rows, relation.foreignKey(), key),
                row -> found[0] = row.getLong(1));
        if (found[0] > 0) {
            ModelInfo<?> owner = relation.owner();
            throw new ActiveRecordException("Cannot delete " + owner.name() + " " + owner.primaryKey().fieldName() + "=" + key
                    + ": " + found[0] + " " + rows.name() + " record(s) depend on it through " + relation + " (dependent RESTRICT)");
        }
    }
}

package org.activerecord4j.internal.relation;

import org.activerecord4j.ActiveRecord;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.internal.jdbc.Engine;
import org.activerecord4j.internal.jdbc.Routing;
import org.activerecord4j.internal.meta.ColumnInfo;
import org.activerecord4j.internal.meta.ModelInfo;
import org.activerecord4j.internal.sql.SqlBuilder;
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
     * Runs the dependent actions of {@code record}'s relations; RESTRICT checks run first.
     *
     * @param record the owner about to be deleted
     */
    public static void beforeDelete(ActiveRecord<?> record) {
        ModelRelations relations = ModelRelations.of(record.getClass());
        Object key = ModelInfo.of(record.getClass()).primaryKey().get(record);
        for (BoundRelation relation : relations.all()) {
            if (relation.dependent() == Dependent.RESTRICT) {
                restrict(relation, record, key);
            }
        }
        for (BoundRelation relation : relations.all()) {
            Dependent action = relation.dependent();
            if (action == null || action == Dependent.RESTRICT) {
                continue;
            }
            if (relation.kind() == Kind.HAS_MANY_THROUGH) {
                if (action == Dependent.NULLIFY) {
                    nullify(relation.join(), relation.foreignKey(), key);
                } else {
                    RelationWrites.deleteJoinRows(relation, key, null);
                }
            } else if (action == Dependent.DESTROY) {
                for (ActiveRecord<?> child : RelationReads.query(relation, record).all()) {
                    child.delete();
                }
            } else if (action == Dependent.DELETE) {
                deleteWhere(relation.target(), relation.foreignKey(), key);
            } else {
                nullify(relation.target(), relation.foreignKey(), key);
            }
        }
    }

    private static void restrict(BoundRelation relation, ActiveRecord<?> record, Object key) {
        ModelInfo<?> dependentModel = relation.kind() == Kind.HAS_MANY_THROUGH ? relation.join() : relation.target();
        Engine engine = Routing.forModel(dependentModel.type());
        SqlBuilder count = new SqlBuilder(engine.dialect(), dependentModel).append("SELECT COUNT(*) FROM ")
                .identifier(dependentModel.table()).append(" WHERE ");
        RelationReads.equalsCondition(relation.foreignKey(), key).appendTo(count);
        long[] found = new long[1];
        engine.query(count.build(), row -> found[0] = row.getLong(1));
        if (found[0] > 0) {
            throw new ActiveRecordException("Cannot delete " + RelationWrites.describe(relation.owner(), record) + ": "
                    + found[0] + " " + dependentModel.name() + " record(s) depend on it through " + relation
                    + " (dependent RESTRICT)");
        }
    }

    private static void deleteWhere(ModelInfo<?> model, ColumnInfo column, Object key) {
        Engine engine = Routing.forModel(model.type());
        SqlBuilder delete = new SqlBuilder(engine.dialect(), model).append("DELETE FROM ").identifier(model.table())
                .append(" WHERE ");
        RelationReads.equalsCondition(column, key).appendTo(delete);
        engine.update(delete.build());
    }

    private static void nullify(ModelInfo<?> model, ColumnInfo column, Object key) {
        Engine engine = Routing.forModel(model.type());
        SqlBuilder update = new SqlBuilder(engine.dialect(), model).append("UPDATE ").identifier(model.table())
                .append(" SET ").identifier(column.name()).append(" = NULL WHERE ");
        RelationReads.equalsCondition(column, key).appendTo(update);
        engine.update(update.build());
    }
}

package org.activerecord4j.internal.sql;

import org.activerecord4j.internal.model.BoundRelation;

/**
 * The rows a relation reads for one owner: a query's scope that the public conditions cannot state (a
 * HasManyThrough's rows are those the owner's join rows point at). Immutable.
 *
 * @param relation the relation
 * @param ownerKey the owner's key that the rows point at ({@link BoundRelation#ownerKey}); null matches nothing
 */
public record RowsOf(BoundRelation relation, Object ownerKey) {

    /**
     * Appends the condition that selects the rows.
     *
     * @param sql a statement over the relation's target
     */
    void render(SqlBuilder sql) {
        if (ownerKey == null) {
            sql.append("1=0");
            return;
        }
        if (relation.join() == null) {
            sql.identifier(relation.rowKey().name()).append(" = ").bindKey(relation.rowKey(), ownerKey);
            return;
        }
        sql.identifier(relation.target().primaryKey().name()).append(" IN (SELECT ")
                .identifier(relation.targetForeignKey().name()).append(" FROM ").identifier(relation.join().table())
                .append(" WHERE ").identifier(relation.foreignKey().name()).append(" = ")
                .bindKey(relation.foreignKey(), ownerKey).append(")");
    }
}

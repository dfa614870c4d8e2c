package org.activerecord4j.internal.relation;

import java.util.List;
import org.activerecord4j.ActiveRecord;
import org.activerecord4j.Query;
import org.activerecord4j.internal.meta.ColumnInfo;
import org.activerecord4j.internal.meta.Keys;
import org.activerecord4j.internal.persist.RecordState;
import org.activerecord4j.internal.persist.RecordStates;
import org.activerecord4j.query.Condition;
import org.activerecord4j.query.Order;

/** Lazy loading: the first read of a relation on an instance queries and caches, later reads do not. */
public final class RelationReads {

    private RelationReads() {
    }

    /**
     * Reads a to-one relation (BelongsTo, HasOne).
     *
     * @param relation the relation
     * @param record the owner
     * @param <T> the target
     * @return the target or null
     */
    @SuppressWarnings("unchecked")
    public static <T extends ActiveRecord<T>> T one(BoundRelation relation, ActiveRecord<?> record) {
        RecordState state = RecordStates.of(record);
        Object cached = state.cached(relation.name());
        if (cached != RecordState.MISSING) {
            return (T) cached;
        }
        T loaded = null;
        Object key = keyOf(relation, record);
        if (key != null) {
            StrictLoads.checkLazyLoad(state, relation);
            loaded = relation.kind() == Kind.BELONGS_TO
                    ? RelationReads.<T>targetQuery(relation).where(equalsCondition(relation.target().primaryKey(), key)).one()
                    : RelationReads.<T>query(relation, record).first();
        }
        state.cache(relation.name(), loaded, relation.timeToLive());
        if (loaded != null) {
            StrictLoads.markLazyLoaded(state, relation, List.of(loaded));
            Inverses.fillFromOne(relation, record, loaded);
        }
        return loaded;
    }

    /**
     * Reads a to-many relation (HasMany, HasManyThrough).
     *
     * @param relation the relation
     * @param record the owner
     * @param <T> the target
     * @return the unmodifiable list
     */
    @SuppressWarnings("unchecked")
    public static <T extends ActiveRecord<T>> List<T> many(BoundRelation relation, ActiveRecord<?> record) {
        RecordState state = RecordStates.of(record);
        Object cached = state.cached(relation.name());
        if (cached != RecordState.MISSING) {
            return (List<T>) cached;
        }
        List<T> loaded = List.of();
        if (keyOf(relation, record) != null) {
            StrictLoads.checkLazyLoad(state, relation);
            loaded = List.copyOf(RelationReads.<T>query(relation, record).all());
            StrictLoads.markLazyLoaded(state, relation, loaded);
        }
        state.cache(relation.name(), loaded, relation.timeToLive());
        Inverses.fillFromMany(relation, record, loaded);
        return loaded;
    }

    /**
     * Returns a query over the rows {@code relation} reads for {@code record}, in the relation's order.
     *
     * @param relation a HasOne, HasMany or HasManyThrough
     * @param record the owner
     * @param <T> the target
     * @return the query
     */
    public static <T extends ActiveRecord<T>> Query<T> query(BoundRelation relation, ActiveRecord<?> record) {
        Object key = keyOf(relation, record);
        Query<T> query = RelationReads.<T>targetQuery(relation).where(key == null ? Condition.or() : ownedBy(relation, key));
        return query.orderBy(relation.order().toArray(Order[]::new));
    }

    /**
     * The condition that selects target rows belonging to owner key {@code key}.
     *
     * @param relation a HasOne, HasMany or HasManyThrough
     * @param key the owner's key
     * @return {@code fk = ?}, or {@code pk IN (SELECT target_fk FROM join WHERE source_fk = ?)}
     */
    static Condition ownedBy(BoundRelation relation, Object key) {
        if (relation.kind() != Kind.HAS_MANY_THROUGH) {
            return equalsCondition(relation.foreignKey(), key);
        }
        ColumnInfo targetKey = relation.target().primaryKey();
        return sql -> sql.identifier(targetKey.name()).append(" IN (SELECT ").identifier(relation.targetForeignKey().name())
                .append(" FROM ").identifier(relation.join().table()).append(" WHERE ")
                .identifier(relation.foreignKey().name()).append(" = ")
                .bind(relation.foreignKey(), Keys.convert(relation.foreignKey(), key)).append(")");
    }

    static Condition equalsCondition(ColumnInfo column, Object value) {
        return sql -> sql.identifier(column.name()).append(" = ").bind(column, Keys.convert(column, value));
    }

    /**
     * Returns the owner's key that the relation's rows point at.
     *
     * @param relation the relation
     * @param record the owner
     * @return its foreign key (BelongsTo) or primary key (the others), possibly null
     */
    public static Object keyOf(BoundRelation relation, ActiveRecord<?> record) {
        return relation.kind() == Kind.BELONGS_TO
                ? relation.foreignKey().get(record) : relation.owner().primaryKey().get(record);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static <T extends ActiveRecord<T>> Query<T> targetQuery(BoundRelation relation) {
        return ActiveRecord.query((Class) relation.target().type());
    }
}

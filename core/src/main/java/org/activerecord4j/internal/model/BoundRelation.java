package org.activerecord4j.internal.model;

import java.time.Duration;
import java.util.List;
import org.activerecord4j.internal.model.ColumnInfo;
import org.activerecord4j.internal.model.ModelInfo;
import org.activerecord4j.query.Order;
import org.activerecord4j.relation.Dependent;
import org.activerecord4j.relation.Relation;

/**
 * A relation resolved against its models: names, target, key columns, order. Immutable except for
 * its inverse, which is set once when the owner model is validated.
 */
public final class BoundRelation {

    private final Relation<?> relation;
    private final RelationKind kind;
    private final String name;
    private final ModelInfo<?> owner;
    private final ModelInfo<?> target;
    private final ModelInfo<?> join;
    private final ColumnInfo foreignKey;
    private final ColumnInfo targetForeignKey;
    private final List<Order> order;
    private final Dependent dependent;
    private final Duration timeToLive;
    private final String declaredInverse;
    private volatile BoundRelation inverse;

    BoundRelation(Relation<?> relation, RelationKind kind, String name, ModelInfo<?> owner, ModelInfo<?> target, ModelInfo<?> join,
            ColumnInfo foreignKey, ColumnInfo targetForeignKey, List<Order> order, Dependent dependent,
            Duration timeToLive, String declaredInverse) {
        this.relation = relation;
        this.kind = kind;
        this.name = name;
        this.owner = owner;
        this.target = target;
        this.join = join;
        this.foreignKey = foreignKey;
        this.targetForeignKey = targetForeignKey;
        this.order = order;
        this.dependent = dependent;
        this.timeToLive = timeToLive;
        this.declaredInverse = declaredInverse;
    }

    /** @return the declared relation object */
    public Relation<?> relation() {
        return relation;
    }

    /** @return the name of the declared type, e.g. {@code HasMany} or {@code AsyncHasMany}, for messages */
    public String typeName() {
        return kind.label(RelationKind.isAsync(relation.getClass()));
    }

    /**
     * Returns the relation's kind.
     *
     * @return the kind
     */
    public RelationKind kind() {
        return kind;
    }

    /** @return the name (the field's name) */
    public String name() {
        return name;
    }

    /** @return the owner model */
    public ModelInfo<?> owner() {
        return owner;
    }

    /** @return the target model */
    public ModelInfo<?> target() {
        return target;
    }

    /** @return the join model of a HasManyThrough, else null */
    public ModelInfo<?> join() {
        return join;
    }

    /**
     * Returns the foreign key: on the owner for BelongsTo, on the target for HasOne/HasMany, the join
     * column pointing at the owner for HasManyThrough.
     *
     * @return the column
     */
    public ColumnInfo foreignKey() {
        return foreignKey;
    }

    /** @return the join column pointing at the target of a HasManyThrough, else null */
    public ColumnInfo targetForeignKey() {
        return targetForeignKey;
    }

    /** @return the order of the relation's rows (by the target's key unless declared); none for a BelongsTo */
    public List<Order> order() {
        return order;
    }

    /** @return the dependent action, or null */
    public Dependent dependent() {
        return dependent;
    }

    /** @return how long loaded values stay cached; null for ever */
    public Duration timeToLive() {
        return timeToLive;
    }

    /**
     * Returns the key of {@code record} that this relation's rows point at.
     *
     * @param record the owner
     * @return its foreign key (BelongsTo) or primary key (the others), possibly null
     */
    public Object ownerKey(Object record) {
        return kind.ownerKey(this, record);
    }

    /**
     * Returns the column of this relation's rows (of its join rows, through a join model) that holds an owner's key.
     *
     * @return the target's primary key (BelongsTo), else the foreign key
     */
    public ColumnInfo rowKey() {
        return kind.rowKey(this);
    }

    /**
     * Returns the model whose rows depend on the owner: those a dependent action deletes or nullifies.
     *
     * @return the join model (HasManyThrough), else the target
     */
    public ModelInfo<?> dependentRows() {
        return kind.dependentRows(this);
    }

    /** @return the inverse name given with inverseOf, or null */
    public String declaredInverse() {
        return declaredInverse;
    }

    /** @return the relation on the target that points back, or null */
    public BoundRelation inverse() {
        return inverse;
    }

    void inverse(BoundRelation inverse) {
        this.inverse = inverse;
    }

    @Override
    public String toString() {
        return owner.name() + "." + name;
    }
}

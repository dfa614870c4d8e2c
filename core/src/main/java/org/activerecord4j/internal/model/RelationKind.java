package org.activerecord4j.internal.model;

import org.activerecord4j.relation.AsyncBelongsTo;
import org.activerecord4j.relation.AsyncHasMany;
import org.activerecord4j.relation.AsyncHasManyThrough;
import org.activerecord4j.relation.AsyncHasOne;
import org.activerecord4j.relation.BelongsTo;
import org.activerecord4j.relation.HasMany;
import org.activerecord4j.relation.HasOne;
import org.activerecord4j.relation.Relation;

/**
 * The four kinds of relation and everything that differs between them: which declared type each is, where
 * the foreign key lives, which key of the owner the related rows point at, whether it reads a list, which
 * kinds can be its inverse. Code elsewhere asks these questions instead of testing the kind.
 */
public enum RelationKind {
    BELONGS_TO("BelongsTo"), HAS_ONE("HasOne"), HAS_MANY("HasMany"), HAS_MANY_THROUGH("HasManyThrough");

    private final String label;

    RelationKind(String label) {
        this.label = label;
    }

    /**
     * Returns the kind of a declared relation: the one place the public relation types are told apart.
     *
     * @param relation the declared relation
     * @return its kind
     */
    static RelationKind of(Relation<?> relation) {
        if (relation instanceof BelongsTo || relation instanceof AsyncBelongsTo) {
            return BELONGS_TO;
        }
        if (relation instanceof HasOne || relation instanceof AsyncHasOne) {
            return HAS_ONE;
        }
        return relation instanceof HasMany || relation instanceof AsyncHasMany ? HAS_MANY : HAS_MANY_THROUGH;
    }

    /**
     * Returns whether {@code type} is one of the async relation types (the twins of the sync ones).
     *
     * @param type a relation class
     * @return true for AsyncBelongsTo, AsyncHasOne, AsyncHasMany and AsyncHasManyThrough
     */
    static boolean isAsync(Class<?> type) {
        return type == AsyncBelongsTo.class || type == AsyncHasOne.class || type == AsyncHasMany.class
                || type == AsyncHasManyThrough.class;
    }

    /**
     * Returns whether a relation of this kind can have a relation of {@code other}'s kind as inverse.
     *
     * @param other the other kind
     * @return true for BelongsTo ↔ HasOne/HasMany and HasManyThrough ↔ HasManyThrough
     */
    public boolean pairsWith(RelationKind other) {
        return switch (this) {
            case BELONGS_TO -> other == HAS_ONE || other == HAS_MANY;
            case HAS_ONE, HAS_MANY -> other == BELONGS_TO;
            case HAS_MANY_THROUGH -> other == HAS_MANY_THROUGH;
        };
    }

    /**
     * Describes the kinds this one pairs with, for messages.
     *
     * @param async whether the relations are async twins
     * @return e.g. {@code a HasOne or a HasMany}
     */
    String pairs(boolean async) {
        return switch (this) {
            case BELONGS_TO -> "a " + HAS_ONE.label(async) + " or a " + HAS_MANY.label(async);
            case HAS_ONE, HAS_MANY -> "a " + BELONGS_TO.label(async);
            case HAS_MANY_THROUGH -> "a " + HAS_MANY_THROUGH.label(async);
        };
    }

    /**
     * Returns the name of this kind's declared type, for messages.
     *
     * @param async whether the relation is an async twin
     * @return e.g. {@code HasMany} or {@code AsyncHasMany}
     */
    String label(boolean async) {
        return async ? "Async" + label : label;
    }

    /**
     * Returns whether this kind reads a list.
     *
     * @return true for HasMany and HasManyThrough
     */
    public boolean toMany() {
        return this == HAS_MANY || this == HAS_MANY_THROUGH;
    }

    /**
     * Returns whether the owner holds the foreign key, so the related record is its parent: one that must
     * exist (and be saved) before the owner is.
     *
     * @return true for BelongsTo
     */
    public boolean ownerHoldsKey() {
        return this == BELONGS_TO;
    }

    /**
     * Returns whether the related rows are reached through rows of a join model.
     *
     * @return true for HasManyThrough
     */
    public boolean throughJoin() {
        return this == HAS_MANY_THROUGH;
    }

    /**
     * Returns whether deleting the owner may act on the related rows ({@code dependent(...)}).
     *
     * @return false for BelongsTo, whose target is the owner's parent
     */
    boolean allowsDependent() {
        return this != BELONGS_TO;
    }

    /**
     * Returns the model whose table holds the foreign key.
     *
     * @param owner the model declaring the relation
     * @param target the related model
     * @param join the join model, for HasManyThrough
     * @return the owner (BelongsTo), the target (HasOne, HasMany) or the join model
     */
    ModelInfo<?> keyHolder(ModelInfo<?> owner, ModelInfo<?> target, ModelInfo<?> join) {
        return switch (this) {
            case BELONGS_TO -> owner;
            case HAS_ONE, HAS_MANY -> target;
            case HAS_MANY_THROUGH -> join;
        };
    }

    /**
     * Returns the model the default foreign key is named after ({@code {model}_id}).
     *
     * @param owner the model declaring the relation
     * @param target the related model
     * @return the target for BelongsTo, else the owner
     */
    ModelInfo<?> keyNamedAfter(ModelInfo<?> owner, ModelInfo<?> target) {
        return this == BELONGS_TO ? target : owner;
    }

    /**
     * Returns the key of {@code record} that the related rows point at.
     *
     * @param relation a relation of this kind
     * @param record its owner
     * @return the owner's foreign key (BelongsTo) or primary key (the others), possibly null
     */
    Object ownerKey(BoundRelation relation, Object record) {
        return this == BELONGS_TO ? relation.foreignKey().get(record) : relation.owner().keyOf(record);
    }

    /**
     * Returns the column of the related rows (of the join rows, through a join model) that holds the owner's key.
     *
     * @param relation a relation of this kind
     * @return the target's primary key (BelongsTo), else the foreign key
     */
    ColumnInfo rowKey(BoundRelation relation) {
        return this == BELONGS_TO ? relation.target().primaryKey() : relation.foreignKey();
    }

    /**
     * Returns the model whose rows depend on the owner: the rows a dependent action deletes or nullifies.
     *
     * @param relation a relation of this kind
     * @return the join model (HasManyThrough), else the target
     */
    ModelInfo<?> dependentRows(BoundRelation relation) {
        return this == HAS_MANY_THROUGH ? relation.join() : relation.target();
    }

    @Override
    public String toString() {
        return label;
    }
}

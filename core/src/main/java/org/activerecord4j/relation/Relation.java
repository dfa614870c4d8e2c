package org.activerecord4j.relation;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.activerecord4j.ActiveRecord;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.internal.relation.BoundRelation;
import org.activerecord4j.internal.relation.ModelRelations;

/**
 * A declared relationship from an owner model to a target model. Declare it as a {@code static final}
 * field of the owner; the field's name is the relation's name and its type argument the target.
 * Immutable and thread-safe; the values it loads are cached on each record instance.
 *
 * @param <T> the target model
 */
public abstract sealed class Relation<T extends ActiveRecord<T>> permits BelongsTo, HasOne, HasMany, HasManyThrough {

    private final List<RelationOption> options;

    Relation(RelationOption[] options) {
        this.options = List.of(options);
        Set<Class<?>> seen = new HashSet<>();
        for (RelationOption option : options) {
            if (!seen.add(option.getClass())) {
                throw new IllegalArgumentException("Relation option " + option.getClass().getSimpleName()
                        + " given twice in " + Arrays.toString(options));
            }
        }
    }

    /**
     * Returns the options this relation was declared with.
     *
     * @return the options
     */
    public final List<RelationOption> options() {
        return options;
    }

    /**
     * Returns the kind of this relation: {@code BelongsTo}, {@code HasOne}, {@code HasMany} or {@code HasManyThrough}.
     *
     * @return the kind
     */
    public final String kind() {
        return getClass().getSimpleName();
    }

    /**
     * Returns the binding of this relation for {@code record}'s model, checking that the record's model
     * declares it.
     *
     * @param record the owner record
     * @return the bound relation
     */
    final BoundRelation bound(ActiveRecord<?> record) {
        if (record == null) {
            throw new IllegalArgumentException("A " + kind() + " relation needs an owner record, not null");
        }
        ModelRelations relations = ModelRelations.of(record.getClass());
        BoundRelation bound = relations.boundOrNull(this);
        if (bound == null) {
            throw new ActiveRecordException("This " + kind() + " relation is not declared on " + record.getClass().getSimpleName()
                    + "; its relations: " + relations.names());
        }
        return bound;
    }
}

package org.activerecord4j.relation;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.activerecord4j.InvalidArgumentException;
import org.activerecord4j.Model;

/**
 * A declared relationship from an owner model to a target model. Declare it as a {@code static final}
 * field of the owner; the field's name is the relation's name and its type argument the target. Models
 * extending {@code ActiveRecord} declare {@link BelongsTo}, {@link HasOne}, {@link HasMany} and
 * {@link HasManyThrough}; models extending {@code AsyncActiveRecord} declare their async twins
 * ({@link AsyncBelongsTo}, …), which take the same options and return futures.
 * Immutable and thread-safe; the values it loads are cached on each record instance.
 *
 * @param <T> the target model
 */
public abstract sealed class Relation<T extends Model<T>>
        permits BelongsTo, HasOne, HasMany, HasManyThrough, AsyncBelongsTo, AsyncHasOne, AsyncHasMany, AsyncHasManyThrough {

    private final List<RelationOption> options;

    Relation(RelationOption[] options) {
        this.options = List.of(options);
        Set<Class<?>> seen = new HashSet<>();
        for (RelationOption option : options) {
            if (!seen.add(option.getClass())) {
                throw new InvalidArgumentException("Relation option " + option.getClass().getSimpleName()
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
}

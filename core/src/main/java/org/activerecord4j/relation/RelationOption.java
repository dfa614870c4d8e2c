package org.activerecord4j.relation;

import java.time.Duration;
import java.util.Objects;
import org.activerecord4j.InvalidArgumentException;

/**
 * One setting of a relation declaration, made with the factory methods of
 * {@link org.activerecord4j.ActiveRecord} ({@code foreignKey("user_id")}, {@code inverseOf("posts")},
 * {@code through(Enrollment.class)}, …). Immutable.
 */
public sealed interface RelationOption {

    /**
     * The foreign key column (for {@link HasManyThrough}: the join table's column pointing at the owner).
     *
     * @param column the column name
     */
    record ForeignKey(String column) implements RelationOption {
        /**
         * Checks the column.
         *
         * @param column the column name
         */
        public ForeignKey {
            requireText(column, "foreignKey");
        }
    }

    /**
     * The join table's column pointing at the target of a {@link HasManyThrough}.
     *
     * @param column the column name
     */
    record TargetForeignKey(String column) implements RelationOption {
        /**
         * Checks the column.
         *
         * @param column the column name
         */
        public TargetForeignKey {
            requireText(column, "targetForeignKey");
        }
    }

    /**
     * The relation on the target that points back.
     *
     * @param name the relation's name
     */
    record InverseOf(String name) implements RelationOption {
        /**
         * Checks the name.
         *
         * @param name the relation's name
         */
        public InverseOf {
            requireText(name, "inverseOf");
        }
    }

    /**
     * The target model, by class or by name.
     *
     * @param type the class, or null when named
     * @param name the simple name, or null when a class is given
     */
    record Target(Class<?> type, String name) implements RelationOption {
    }

    /**
     * The join model of a {@link HasManyThrough}, by class or by name.
     *
     * @param type the class, or null when named
     * @param name the simple name, or null when a class is given
     */
    record Through(Class<?> type, String name) implements RelationOption {
    }

    /**
     * The order of a to-many relation's records: a column of the target, optionally with ASC or DESC.
     *
     * @param column e.g. {@code "created_at DESC"}
     */
    record OrderBy(String column) implements RelationOption {
        /**
         * Checks the column.
         *
         * @param column the order
         */
        public OrderBy {
            requireText(column, "orderBy");
        }
    }

    /**
     * What deleting the owner does to dependent rows.
     *
     * @param action the action
     */
    record DependentOption(Dependent action) implements RelationOption {
        /**
         * Checks the action.
         *
         * @param action the action
         */
        public DependentOption {
            Objects.requireNonNull(action, "dependent");
        }
    }

    /**
     * How long a loaded value stays cached on its instance; null means forever, zero means never cached (a value
     * loaded ahead of a read, by an eager load or as an inverse, then answers that one read).
     *
     * @param timeToLive the time to live
     */
    record Cache(Duration timeToLive) implements RelationOption {
        /**
         * Checks the duration.
         *
         * @param timeToLive the time to live
         */
        public Cache {
            if (timeToLive != null && timeToLive.isNegative()) {
                throw new InvalidArgumentException("cache time to live cannot be negative: " + timeToLive);
            }
        }
    }

    private static void requireText(String value, String option) {
        if (value == null || value.isBlank()) {
            throw new InvalidArgumentException(option + " needs a non-blank value but was '" + value + "'");
        }
    }
}

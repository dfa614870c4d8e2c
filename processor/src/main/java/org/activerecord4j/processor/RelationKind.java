package org.activerecord4j.processor;

import java.util.Arrays;
import java.util.Optional;

/**
 * The eight relation types of core and what the accessor of each reads: one record or a list, now
 * or as a future, and whether it also has a setter.
 */
enum RelationKind {

    /** {@code BelongsTo<T>}: reads {@code T}, sets {@code T}. */
    BELONGS_TO("BelongsTo", BaseKind.SYNC, false, "the {@link %s} this record's foreign key points at"),

    /** {@code HasOne<T>}: reads {@code T}. */
    HAS_ONE("HasOne", BaseKind.SYNC, false, "the {@link %s} whose foreign key points at this record"),

    /** {@code HasMany<T>}: reads {@code List<T>}. */
    HAS_MANY("HasMany", BaseKind.SYNC, true, "the {@link %s} records whose foreign key points at this record"),

    /** {@code HasManyThrough<T>}: reads {@code List<T>}. */
    HAS_MANY_THROUGH("HasManyThrough", BaseKind.SYNC, true,
            "the {@link %s} records joined to this record through the join model"),

    /** {@code AsyncBelongsTo<T>}: reads {@code CompletableFuture<T>}, sets {@code T}. */
    ASYNC_BELONGS_TO("AsyncBelongsTo", BaseKind.ASYNC, false, BELONGS_TO.description),

    /** {@code AsyncHasOne<T>}: reads {@code CompletableFuture<T>}. */
    ASYNC_HAS_ONE("AsyncHasOne", BaseKind.ASYNC, false, HAS_ONE.description),

    /** {@code AsyncHasMany<T>}: reads {@code CompletableFuture<List<T>>}. */
    ASYNC_HAS_MANY("AsyncHasMany", BaseKind.ASYNC, true, HAS_MANY.description),

    /** {@code AsyncHasManyThrough<T>}: reads {@code CompletableFuture<List<T>>}. */
    ASYNC_HAS_MANY_THROUGH("AsyncHasManyThrough", BaseKind.ASYNC, true, HAS_MANY_THROUGH.description);

    private static final String FUTURE = "java.util.concurrent.CompletableFuture";
    private static final String LIST = "java.util.List";

    private final String qualifiedName;
    private final BaseKind base;
    private final boolean many;
    private final String description;

    RelationKind(String simpleName, BaseKind base, boolean many, String description) {
        this.qualifiedName = CoreNames.RELATION_PACKAGE + "." + simpleName;
        this.base = base;
        this.many = many;
        this.description = description;
    }

    /**
     * Finds the relation kind of a field type.
     *
     * @param qualifiedName the qualified name of the field's class, without type arguments
     * @return the kind, or empty when the type is not a relation type
     */
    static Optional<RelationKind> of(String qualifiedName) {
        return Arrays.stream(values()).filter(kind -> kind.qualifiedName.equals(qualifiedName)).findFirst();
    }

    /**
     * Returns the kind of base whose records this relation reads: a sync relation needs an
     * {@code ActiveRecord}, an async one an {@code AsyncActiveRecord}.
     *
     * @return the base kind
     */
    BaseKind base() {
        return base;
    }

    /**
     * Tells whether the relation reads a list rather than one record.
     *
     * @return true for the has-many kinds
     */
    boolean isMany() {
        return many;
    }

    /**
     * Tells whether the accessor pair includes a setter, {@code author(User value)}.
     *
     * @return true for the belongs-to kinds
     */
    boolean hasSetter() {
        return this == BELONGS_TO || this == ASYNC_BELONGS_TO;
    }

    /**
     * Writes the type the getter returns.
     *
     * @param target the target model as source text, e.g. {@code pkg.Post}
     * @return e.g. {@code java.util.concurrent.CompletableFuture<java.util.List<pkg.Post>>}
     */
    String readType(String target) {
        String value = many ? LIST + "<" + target + ">" : target;
        return base == BaseKind.ASYNC ? FUTURE + "<" + value + ">" : value;
    }

    /**
     * Describes, for Javadoc, what the getter reads.
     *
     * @param targetLink the target as Javadoc links it, e.g. {@code Post}
     * @return e.g. <code>the {&#64;link Post} records whose foreign key points at this record</code>
     */
    String description(String targetLink) {
        return description.formatted(targetLink);
    }
}

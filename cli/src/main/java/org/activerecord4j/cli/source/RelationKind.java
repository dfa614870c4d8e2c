package org.activerecord4j.cli.source;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The four relation kinds, as the generator's user names them and as the sources declare them. */
public enum RelationKind {
    /** The model holds the foreign key: {@code BelongsTo<User> user = belongsTo(...)}. */
    BELONGS_TO("belongs_to", "BelongsTo", "belongsTo"),
    /** The target holds the foreign key, one row: {@code HasOne<Profile> profile = hasOne(...)}. */
    HAS_ONE("has_one", "HasOne", "hasOne"),
    /** The target holds the foreign key, many rows: {@code HasMany<Order> orders = hasMany(...)}. */
    HAS_MANY("has_many", "HasMany", "hasMany"),
    /** A join model holds both keys: {@code HasManyThrough<Role> roles = hasManyThrough(through(UserRole.class), ...)}. */
    HAS_MANY_THROUGH("has_many_through", "HasManyThrough", "hasManyThrough");

    private final String label;
    private final String typeName;
    private final String factory;

    RelationKind(String label, String typeName, String factory) {
        this.label = label;
        this.typeName = typeName;
        this.factory = factory;
    }

    /**
     * Finds a kind by the name users type.
     *
     * @param label e.g. {@code has_many}
     * @return the kind, or empty
     */
    public static Optional<RelationKind> ofLabel(String label) {
        return Arrays.stream(values()).filter(kind -> kind.label.equals(label)).findFirst();
    }

    /**
     * Finds a kind by its relation class's simple name.
     *
     * @param typeName e.g. {@code HasMany}
     * @return the kind, or empty
     */
    public static Optional<RelationKind> ofTypeName(String typeName) {
        return Arrays.stream(values()).filter(kind -> kind.typeName.equals(typeName)).findFirst();
    }

    /**
     * Returns the names users type, for messages.
     *
     * @return {@code belongs_to, has_one, has_many, has_many_through}
     */
    public static String labels() {
        return Arrays.stream(values()).map(RelationKind::label).collect(Collectors.joining(", "));
    }

    /**
     * Returns the name users type.
     *
     * @return e.g. {@code has_many}
     */
    public String label() {
        return label;
    }

    /**
     * Returns the relation class's simple name.
     *
     * @return e.g. {@code HasMany}
     */
    public String typeName() {
        return typeName;
    }

    /**
     * Returns the factory method that declares it.
     *
     * @return e.g. {@code hasMany}
     */
    public String factory() {
        return factory;
    }

    /**
     * Returns whether it reads a list.
     *
     * @return true for has_many and has_many_through
     */
    public boolean toMany() {
        return this == HAS_MANY || this == HAS_MANY_THROUGH;
    }
}

package org.activerecord4j.internal.relation;

/** The four relation kinds, and which of them can be each other's inverse. */
public enum Kind {
    BELONGS_TO("BelongsTo"), HAS_ONE("HasOne"), HAS_MANY("HasMany"), HAS_MANY_THROUGH("HasManyThrough");

    private final String label;

    Kind(String label) {
        this.label = label;
    }

    /**
     * Returns whether a relation of this kind can have a relation of {@code other}'s kind as inverse.
     *
     * @param other the other kind
     * @return true for BelongsTo ↔ HasOne/HasMany and HasManyThrough ↔ HasManyThrough
     */
    public boolean pairsWith(Kind other) {
        return switch (this) {
            case BELONGS_TO -> other == HAS_ONE || other == HAS_MANY;
            case HAS_ONE, HAS_MANY -> other == BELONGS_TO;
            case HAS_MANY_THROUGH -> other == HAS_MANY_THROUGH;
        };
    }

    /**
     * Returns whether this kind reads a list.
     *
     * @return true for HasMany and HasManyThrough
     */
    public boolean toMany() {
        return this == HAS_MANY || this == HAS_MANY_THROUGH;
    }

    @Override
    public String toString() {
        return label;
    }
}

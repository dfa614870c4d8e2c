package org.activerecord4j.models;

import org.activerecord4j.relation.BelongsTo;

/** A badge of one roster row: it depends on the join row, not on the team or the player. */
public class Badge extends BadgeRecord {
    public Long id;
    public Long rosterId;
    public String label;

    public static final BelongsTo<Roster> roster = belongsTo();
}

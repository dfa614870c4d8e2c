package org.activerecord4j.models;

import org.activerecord4j.Column;
import org.activerecord4j.relation.BelongsTo;
import org.activerecord4j.relation.Dependent;
import org.activerecord4j.relation.HasMany;

/** The join model of teams and players, with keys that may not be null, as the generator writes them. */
public class Roster extends RosterRecord {
    public Long id;
    @Column(nullable = false)
    public Long teamId;
    @Column(nullable = false)
    public Long playerId;

    public static final BelongsTo<Team> team = belongsTo();
    public static final BelongsTo<Player> player = belongsTo();
    public static final HasMany<Badge> badges = hasMany(dependent(Dependent.DELETE));
}

package org.activerecord4j.models;

import org.activerecord4j.relation.Dependent;
import org.activerecord4j.relation.HasManyThrough;

/** A player: its teams through rosters, whose rows deleting the player removes (NULLIFY on a through relation). */
public class Player extends PlayerRecord {
    public Long id;
    public String name;

    public static final HasManyThrough<Team> teams = hasManyThrough(through("Roster"), dependent(Dependent.NULLIFY));
}

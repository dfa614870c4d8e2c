package org.activerecord4j.models;

import org.activerecord4j.relation.Dependent;
import org.activerecord4j.relation.HasManyThrough;

/** A team: its players through rosters, whose rows deleting the team destroys one by one (their badges with them). */
public class Team extends TeamRecord {
    public Long id;
    public String name;

    public static final HasManyThrough<Player> players = hasManyThrough(through("Roster"), dependent(Dependent.DESTROY));
}

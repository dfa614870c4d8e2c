package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.activerecord4j.models.Badge;
import org.activerecord4j.models.Player;
import org.activerecord4j.models.Roster;
import org.activerecord4j.models.Team;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/**
 * What deleting the owner of a HasManyThrough does to its join rows, as Rails does it: DESTROY deletes each join row
 * through its own {@code delete()}, so the join model's dependents run; NULLIFY deletes the join rows (a join row
 * without its owner's key joins nothing). The targets stay.
 */
class ThroughDependentsTest {

    private Team reds;
    private Team blues;
    private Player ann;
    private Player bob;

    @BeforeEach
    void data(Database database) {
        TestSchema.recreate(database, Team.class, Player.class, Roster.class, Badge.class);
        reds = saved(team("Reds"));
        blues = saved(team("Blues"));
        ann = saved(player("Ann"));
        bob = saved(player("Bob"));
        Team.players.add(reds, ann);
        Team.players.add(reds, bob);
        Team.players.add(blues, ann);
    }

    @DatabaseTest
    void destroy_deletesEachJoinRowThroughItsDelete_soTheJoinModelsDependentsRun() {
        Roster annInReds = Roster.query().whereEq("teamId", reds.id).whereEq("playerId", ann.id).oneOrThrow();
        badge(annInReds, "captain");
        badge(annInReds, "top scorer");

        reds.delete();

        assertThat(Roster.query().all()).extracting(roster -> roster.teamId).containsExactly(blues.id);
        assertThat(Badge.query().count()).isZero();
        assertThat(Player.query().count()).isEqualTo(2);
    }

    @DatabaseTest
    void nullify_deletesTheOwnersJoinRows_whoseKeysMayNotBeNull() {
        ann.delete();

        assertThat(Roster.query().all()).extracting(roster -> roster.playerId).containsExactly(bob.id);
        assertThat(Team.query().count()).isEqualTo(2);
        assertThat(Team.players.of(reds)).extracting(player -> player.name).containsExactly("Bob");
    }

    @DatabaseTest
    void destroy_removeOfOneTarget_deletesItsJoinRowThroughItsDelete_soTheJoinModelsDependentsRun() {
        Roster annInReds = Roster.query().whereEq("teamId", reds.id).whereEq("playerId", ann.id).oneOrThrow();
        badge(annInReds, "captain");

        Team.players.remove(reds, ann);

        assertThat(Roster.query().all()).extracting(roster -> roster.playerId).containsExactlyInAnyOrder(bob.id, ann.id);
        assertThat(Roster.query().whereEq("teamId", reds.id).all()).extracting(roster -> roster.playerId).containsExactly(bob.id);
        assertThat(Badge.query().count()).isZero();
        assertThat(Player.query().count()).isEqualTo(2);
    }

    private static <T extends ActiveRecord<T>> T saved(T record) {
        record.save();
        return record;
    }

    private static Team team(String name) {
        Team team = new Team();
        team.name = name;
        return team;
    }

    private static Player player(String name) {
        Player player = new Player();
        player.name = name;
        return player;
    }

    private static void badge(Roster roster, String label) {
        Badge badge = new Badge();
        badge.rosterId = roster.id;
        badge.label = label;
        badge.save();
    }
}

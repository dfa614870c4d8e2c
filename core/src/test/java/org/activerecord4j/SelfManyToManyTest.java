package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.activerecord4j.models.Follow;
import org.activerecord4j.models.Person;
import org.activerecord4j.schema.DdlWriter;
import org.activerecord4j.schema.TableDefinition;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/**
 * A many-to-many of a model to itself, Rails' followers and following: {@code Person} has {@code following} and
 * {@code followers} through {@code Follow}, whose {@code follower_id} and {@code followed_id} both refer to people.
 * Ann follows Bob and Cy, Bob follows Ann, Dan follows Bob; nobody follows Dan.
 */
class SelfManyToManyTest {

    private Database database;
    private Person ann;
    private Person bob;
    private Person cy;
    private Person dan;

    @BeforeEach
    void data(Database database) {
        this.database = database;
        TestSchema.recreate(database, Person.class, Follow.class);
        ann = saved(new Person("Ann"));
        bob = saved(new Person("Bob"));
        cy = saved(new Person("Cy"));
        dan = saved(new Person("Dan"));
        follow(ann, bob);
        follow(ann, cy);
        follow(bob, ann);
        follow(dan, bob);
    }

    @DatabaseTest
    void createTables_joinTable_hasAForeignKeyAndAnIndexOnEachKey_andAUniqueKeyOnThePair() throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String catalog = connection.getCatalog();
            String schema = connection.getSchema();
            List<String> foreignKeys = new ArrayList<>();
            try (ResultSet keys = meta.getImportedKeys(catalog, schema, "follows")) {
                while (keys.next()) {
                    foreignKeys.add(keys.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT) + " -> "
                            + keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT) + "."
                            + keys.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            assertThat(foreignKeys).containsExactlyInAnyOrder("follower_id -> people.id", "followed_id -> people.id");
            Map<String, List<String>> indexes = new TreeMap<>();
            Map<String, Boolean> unique = new TreeMap<>();
            try (ResultSet rows = meta.getIndexInfo(catalog, schema, "follows", false, false)) {
                while (rows.next()) {
                    String name = rows.getString("INDEX_NAME");
                    if (name == null || rows.getString("COLUMN_NAME") == null) {
                        continue;
                    }
                    indexes.computeIfAbsent(name, n -> new ArrayList<>()).add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    unique.put(name, !rows.getBoolean("NON_UNIQUE"));
                }
            }
            assertThat(indexes.entrySet()).as("indexes %s", indexes)
                    .anyMatch(index -> unique.get(index.getKey()) && index.getValue().equals(List.of("follower_id", "followed_id")));
            assertThat(indexes.values()).as("an index led by followed_id").anyMatch(columns -> columns.get(0).equals("followed_id"));
            assertThat(indexes.values()).as("an index led by follower_id").anyMatch(columns -> columns.get(0).equals("follower_id"));
        }
        assertThatThrownBy(() -> follow(ann, bob)).isInstanceOf(StatementFailedException.class);
    }

    @DatabaseTest
    void createTables_joinTable_namesEachConstraintAndIndexOnce() {
        for (String dialect : DdlWriter.dialects()) {
            List<String> statements = DdlWriter.forDialect(dialect).createTable(TableDefinition.of(Follow.class));
            Matcher names = Pattern.compile("(?:CONSTRAINT|INDEX) [\"`]?(\\w+)").matcher(String.join(";\n", statements));
            List<String> found = new ArrayList<>();
            while (names.find()) {
                found.add(names.group(1));
            }
            assertThat(found).as(dialect + ": " + statements).doesNotHaveDuplicates().containsExactlyInAnyOrder(
                    "fk_follows_follower_id", "fk_follows_followed_id", "idx_follows_follower_id",
                    "idx_follows_followed_id", "uq_follows_follower_id_followed_id");
        }
    }

    @DatabaseTest
    void lazyReads_eachSide_isOneStatement_andReadingAgainRunsNone() {
        Person reloaded = Person.findOneOrThrow(bob.id);

        assertThat(statements(() -> assertThat(names(Person.following.of(ann))).containsExactly("Bob", "Cy"))).isEqualTo(1);
        assertThat(statements(() -> assertThat(names(Person.followers.of(reloaded))).containsExactly("Ann", "Dan"))).isEqualTo(1);
        assertThat(statements(() -> {
            assertThat(names(Person.following.of(ann))).containsExactly("Bob", "Cy");
            assertThat(names(Person.followers.of(reloaded))).containsExactly("Ann", "Dan");
        })).isZero();
        assertThat(names(Person.following.of(reloaded))).containsExactly("Ann");
        assertThat(Person.followers.of(dan)).isEmpty();
        assertThat(Person.following.of(cy)).isEmpty();
        assertThat(names(Person.followers.of(cy))).containsExactly("Ann");
        assertThat(names(Person.following.query(ann).where(Person.c.name.ne("Bob")).all())).containsExactly("Cy");
    }

    @DatabaseTest
    void eager_followingFollowersAndFollowingOfFollowing_isFourStatements_andReadingThemRunsNone() {
        List<Person> people = load(4, () -> Person.query().orderBy(Person.c.name.asc())
                .with("following", "followers", "following.following").all());

        assertThat(statements(() -> {
            Map<String, String> read = new TreeMap<>();
            for (Person person : people) {
                read.put(person.name, names(Person.following.of(person)) + " / " + names(Person.followers.of(person)) + " / "
                        + Person.following.of(person).stream().map(f -> f.name + names(Person.following.of(f))).toList());
            }
            assertThat(read).containsExactly(
                    Map.entry("Ann", "[Bob, Cy] / [Bob] / [Bob[Ann], Cy[]]"),
                    Map.entry("Bob", "[Ann] / [Ann, Dan] / [Ann[Bob, Cy]]"),
                    Map.entry("Cy", "[] / [Ann] / []"),
                    Map.entry("Dan", "[Bob] / [] / [Bob[Ann]]"));
        })).isZero();
    }

    @DatabaseTest
    void eager_following_ofSomePeople_leavesTheFollowedsFollowersToTheirOwnRead_withEveryFollower() {
        List<Person> people = load(2, () -> Person.query().where(Person.c.name.eq("Ann")).with("following").all());
        Person loadedBob = Person.following.of(people.get(0)).get(0);

        assertThat(loadedBob.name).isEqualTo("Bob");
        assertThat(names(Person.followers.of(loadedBob))).containsExactly("Ann", "Dan");
        assertThat(names(Person.following.of(loadedBob))).containsExactly("Ann");
    }

    @DatabaseTest
    void eager_equalsLazy_forEveryPersonAndBothSides() {
        List<Person> eager = Person.query().orderBy(Person.c.id.asc()).with("following", "followers").all();
        for (Person person : eager) {
            Person lazy = Person.findOneOrThrow(person.id);
            assertThat(names(Person.following.of(person))).isEqualTo(names(Person.following.of(lazy)));
            assertThat(names(Person.followers.of(person))).isEqualTo(names(Person.followers.of(lazy)));
        }
    }

    @DatabaseTest
    void add_andRemove_writeOneJoinRow_andKeepTheOwnersLoadedListInStep() {
        assertThat(names(Person.following.of(dan))).containsExactly("Bob");

        Person.following.add(dan, cy);
        Person.following.add(dan, cy);

        assertThat(Follow.query().where(Follow.c.followerId.eq(dan.id)).count()).isEqualTo(2);
        assertThat(statements(() -> assertThat(names(Person.following.of(dan))).containsExactly("Bob", "Cy"))).isZero();
        assertThat(names(Person.followers.of(Person.findOneOrThrow(cy.id)))).containsExactly("Ann", "Dan");

        Person.followers.remove(cy, ann);

        assertThat(Follow.query().where(Follow.c.followerId.eq(ann.id)).count()).isEqualTo(1);
        assertThat(names(Person.following.of(Person.findOneOrThrow(ann.id)))).containsExactly("Bob");
        assertThat(names(Person.followers.of(Person.findOneOrThrow(cy.id)))).containsExactly("Dan");

        Person.following.remove(dan, bob);
        assertThat(names(Person.following.of(dan))).containsExactly("Cy");
        assertThat(names(Person.followers.of(Person.findOneOrThrow(bob.id)))).containsExactly("Ann");
    }

    @DatabaseTest
    void add_ofANewPerson_savesIt_andOfThePersonThemself_followsThemself() {
        Person eve = new Person("Eve");

        Person.followers.add(dan, eve);
        Person.following.add(dan, dan);

        assertThat(eve.isNewRecord()).isFalse();
        assertThat(names(Person.following.of(Person.findOneOrThrow(eve.id)))).containsExactly("Dan");
        assertThat(names(Person.following.of(Person.findOneOrThrow(dan.id)))).containsExactly("Bob", "Dan");
        assertThat(names(Person.followers.of(Person.findOneOrThrow(dan.id)))).containsExactly("Dan", "Eve");
    }

    @DatabaseTest
    void delete_ofAPersonWhoFollowsAndIsFollowed_deletesTheJoinRowsOfBothSides_andNoPerson() {
        bob.delete();

        assertThat(Person.query().count()).isEqualTo(3);
        assertThat(Follow.query().all()).extracting(f -> List.of(f.followerId, f.followedId))
                .containsExactly(List.of(ann.id, cy.id));
        assertThat(names(Person.following.of(Person.findOneOrThrow(ann.id)))).containsExactly("Cy");
        assertThat(Person.following.of(Person.findOneOrThrow(dan.id))).isEmpty();
    }

    @DatabaseTest
    void delete_ofAPersonWhoFollowsThemself_deletesItsJoinRowOnce() {
        Person.following.add(cy, cy);

        cy.delete();

        assertThat(Follow.query().all()).extracting(f -> List.of(f.followerId, f.followedId))
                .containsExactlyInAnyOrder(List.of(ann.id, bob.id), List.of(bob.id, ann.id), List.of(dan.id, bob.id));
    }

    @DatabaseTest
    void relationCache_holdsEachSideByItsOwnName() {
        Person.following.of(bob);

        assertThat(bob.hasCachedRelation("following")).isTrue();
        assertThat(bob.hasCachedRelation("followers")).isFalse();
        Person.followers.of(bob);
        bob.clearRelationCache("following");
        assertThat(bob.hasCachedRelation("following")).isFalse();
        assertThat(bob.hasCachedRelation("followers")).isTrue();
        assertThat(statements(() -> assertThat(names(Person.followers.of(bob))).containsExactly("Ann", "Dan"))).isZero();
        assertThat(statements(() -> assertThat(names(Person.following.of(bob))).containsExactly("Ann"))).isEqualTo(1);
        bob.name = "Bobby";
        bob.save();
        assertThat(bob.hasCachedRelation("following")).isFalse();
        assertThat(bob.hasCachedRelation("followers")).isFalse();
    }

    private static void follow(Person follower, Person followed) {
        Follow follow = new Follow();
        follow.followerId = follower.id;
        follow.followedId = followed.id;
        follow.save();
    }

    private static List<String> names(List<Person> people) {
        return people.stream().map(person -> person.name).toList();
    }

    private <R> R load(int statements, java.util.function.Supplier<R> load) {
        List<R> result = new ArrayList<>(1);
        assertThat(statements(() -> result.add(load.get()))).isEqualTo(statements);
        return result.get(0);
    }

    private int statements(Runnable block) {
        return StatementCounter.count(database, block);
    }

    private static <T extends ActiveRecord<T>> T saved(T record) {
        record.save();
        return record;
    }
}

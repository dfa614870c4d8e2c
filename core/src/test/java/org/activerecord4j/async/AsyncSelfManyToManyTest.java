package org.activerecord4j.async;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.Database;
import org.activerecord4j.StatementCounter;
import org.activerecord4j.models.async.Follow;
import org.activerecord4j.models.async.Person;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/**
 * The async twin of {@code SelfManyToManyTest}: followers and following of a model to itself through
 * {@code AsyncHasManyThrough}, with the same data and statement counts. Ann follows Bob and Cy, Bob follows Ann, Dan
 * follows Bob.
 */
class AsyncSelfManyToManyTest {

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
    void lazyReads_eachSide_isOneStatement_andReadingAgainCompletesAtOnce() {
        Person reloaded = Person.findOneOrThrow(bob.id).join();

        assertThat(statements(() -> assertThat(names(Person.following.of(ann).join())).containsExactly("Bob", "Cy")))
                .isEqualTo(1);
        assertThat(statements(() -> assertThat(names(Person.followers.of(reloaded).join())).containsExactly("Ann", "Dan")))
                .isEqualTo(1);
        assertThat(statements(() -> {
            assertThat(names(now(Person.following.of(ann)))).containsExactly("Bob", "Cy");
            assertThat(names(now(Person.followers.of(reloaded)))).containsExactly("Ann", "Dan");
        })).isZero();
        assertThat(names(Person.followers.of(cy).join())).containsExactly("Ann");
        assertThat(Person.followers.of(dan).join()).isEmpty();
    }

    @DatabaseTest
    void eager_followingFollowersAndFollowingOfFollowing_isFourStatements_andReadingThemRunsNone() {
        List<Person> people = load(4, () -> Person.query().orderBy(Person.c.name.asc())
                .with("following", "followers", "following.following").all());

        assertThat(statements(() -> {
            Map<String, String> read = new TreeMap<>();
            for (Person person : people) {
                List<Person> following = now(Person.following.of(person));
                read.put(person.name, names(following) + " / " + names(now(Person.followers.of(person))) + " / "
                        + following.stream().map(f -> f.name + names(now(Person.following.of(f)))).toList());
            }
            assertThat(read).containsExactly(
                    Map.entry("Ann", "[Bob, Cy] / [Bob] / [Bob[Ann], Cy[]]"),
                    Map.entry("Bob", "[Ann] / [Ann, Dan] / [Ann[Bob, Cy]]"),
                    Map.entry("Cy", "[] / [Ann] / []"),
                    Map.entry("Dan", "[Bob] / [] / [Bob[Ann]]"));
        })).isZero();
    }

    @DatabaseTest
    void add_andRemove_writeOneJoinRow_andKeepTheOwnersLoadedListInStep() {
        assertThat(names(Person.following.of(dan).join())).containsExactly("Bob");

        Person.following.add(dan, cy).join();
        Person.following.add(dan, cy).join();

        assertThat(Follow.query().where(Follow.c.followerId.eq(dan.id)).count().join()).isEqualTo(2);
        assertThat(names(now(Person.following.of(dan)))).containsExactly("Bob", "Cy");
        assertThat(names(Person.findOneOrThrow(cy.id).thenCompose(Person.followers::of).join())).containsExactly("Ann", "Dan");

        Person.followers.remove(cy, ann).join();
        Person.following.remove(dan, bob).join();

        assertThat(names(now(Person.following.of(dan)))).containsExactly("Cy");
        assertThat(names(Person.findOneOrThrow(cy.id).thenCompose(Person.followers::of).join())).containsExactly("Dan");
        assertThat(names(Person.findOneOrThrow(bob.id).thenCompose(Person.followers::of).join())).containsExactly("Ann");
    }

    @DatabaseTest
    void delete_ofAPersonWhoFollowsAndIsFollowed_deletesTheJoinRowsOfBothSides_andNoPerson() {
        bob.delete().join();

        assertThat(Person.query().count().join()).isEqualTo(3);
        assertThat(Follow.query().all().join()).extracting(f -> List.of(f.followerId, f.followedId))
                .containsExactly(List.of(ann.id, cy.id));
    }

    private static void follow(Person follower, Person followed) {
        Follow follow = new Follow();
        follow.followerId = follower.id;
        follow.followedId = followed.id;
        saved(follow);
    }

    private static List<String> names(List<Person> people) {
        return people.stream().map(person -> person.name).toList();
    }

    private <R> R load(int statements, Supplier<CompletableFuture<R>> load) {
        List<R> result = new ArrayList<>(1);
        assertThat(statements(() -> result.add(load.get().join()))).isEqualTo(statements);
        return result.get(0);
    }

    private int statements(Runnable block) {
        return StatementCounter.count(database, block);
    }

    /** Returns the value of a read that must be answered from memory: its future is complete when returned. */
    private static <T> T now(CompletableFuture<T> read) {
        assertThat(read).as("a read answered from the relation cache completes at once").isDone();
        return read.join();
    }

    private static <T extends AsyncActiveRecord<T>> T saved(T record) {
        assertThat(record.save().join()).isSameAs(record);
        return record;
    }
}

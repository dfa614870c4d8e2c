package org.activerecord4j.async;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.activerecord4j.Database;
import org.activerecord4j.StatementCounter;
import org.activerecord4j.models.async.City;
import org.activerecord4j.models.async.Country;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/** The async twin of {@code RelationCachePolicyTest}: a read answered from a value loaded ahead completes at once. */
class AsyncRelationCachePolicyTest {

    private Database database;

    @BeforeEach
    void schema(Database database) {
        this.database = database;
        TestSchema.recreate(database, Country.class, City.class);
        Country japan = new Country();
        japan.code = "JP";
        japan.name = "Japan";
        japan.save().join();
        for (String name : List.of("Tokyo", "Kyoto")) {
            City city = new City();
            city.name = name;
            city.countryCode = "JP";
            city.save().join();
        }
    }

    @DatabaseTest
    void cacheFalse_eagerLoaded_answersTheNextReadOnly_thenEveryReadQueries() {
        List<City> cities = City.query().with("country").all().join();
        City tokyo = cities.get(0);

        assertThat(tokyo.hasCachedRelation("country")).isTrue();
        assertThat(statements(() -> assertThat(atOnce(tokyo.country()).name).isEqualTo("Japan"))).isZero();
        assertThat(tokyo.hasCachedRelation("country")).isFalse();
        assertThat(statements(() -> assertThat(tokyo.country().join().name).isEqualTo("Japan"))).isEqualTo(1);
        assertThat(statements(() -> assertThat(tokyo.country().join().name).isEqualTo("Japan"))).isEqualTo(1);
        assertThat(statements(() -> assertThat(atOnce(cities.get(1).country()).name).isEqualTo("Japan"))).isZero();
    }

    @DatabaseTest
    void cacheFalse_inverseOfAnEagerLoad_isFilledFromMemoryForTheNextRead() {
        Country japan = Country.query().with("cities").all().join().get(0);

        assertThat(statements(() -> {
            for (City city : atOnce(japan.cities())) {
                assertThat(atOnce(city.country())).isSameAs(japan);
            }
        })).isZero();
        City tokyo = atOnce(japan.cities()).get(0);
        assertThat(statements(() -> assertThat(tokyo.country().join()).isNotSameAs(japan))).isEqualTo(1);
    }

    @DatabaseTest
    void cacheFalse_inverseOfALazyRead_isFilledFromMemoryForTheNextRead() {
        Country japan = Country.findOneOrThrow("JP").join();
        List<City> cities = japan.cities().join();

        assertThat(statements(() -> assertThat(atOnce(cities.get(0).country())).isSameAs(japan))).isZero();
        assertThat(statements(() -> cities.get(0).country().join())).isEqualTo(1);
    }

    @DatabaseTest
    void cacheFalse_clearRelationCache_forgetsAValueLoadedAhead() {
        City tokyo = City.query().with("country").all().join().get(0);

        tokyo.clearRelationCache("country");

        assertThat(tokyo.hasCachedRelation("country")).isFalse();
        assertThat(statements(() -> tokyo.country().join())).isEqualTo(1);
    }

    private int statements(Runnable block) {
        return StatementCounter.count(database, block);
    }

    /** Returns the value of a read that must be answered from memory: its future is already complete. */
    private static <R> R atOnce(CompletableFuture<R> read) {
        assertThat(read).isDone();
        return read.join();
    }
}

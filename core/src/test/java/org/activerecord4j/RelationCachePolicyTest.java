package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.activerecord4j.models.City;
import org.activerecord4j.models.Country;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/**
 * A relation's {@code cache(...)} policy and values loaded ahead of a read: an eager step's rows and an inverse
 * filled from memory are what the next read returns, as Rails' {@code preload} does, and the relation's own
 * policy governs the reads after it. {@code City.country} is {@code cache(false)}; its inverse
 * {@code Country.cities} is cached.
 */
class RelationCachePolicyTest {

    private Database database;

    @BeforeEach
    void schema(Database database) {
        this.database = database;
        TestSchema.recreate(database, Country.class, City.class);
        Country japan = new Country();
        japan.code = "JP";
        japan.name = "Japan";
        japan.save();
        for (String name : List.of("Tokyo", "Kyoto")) {
            City city = new City();
            city.name = name;
            city.countryCode = "JP";
            city.save();
        }
    }

    @DatabaseTest
    void cacheFalse_eagerLoaded_answersTheNextReadOnly_thenEveryReadQueries() {
        List<City> cities = City.query().with("country").all();
        City tokyo = cities.get(0);

        assertThat(tokyo.hasCachedRelation("country")).isTrue();
        assertThat(statements(() -> assertThat(tokyo.country().name).isEqualTo("Japan"))).isZero();
        assertThat(tokyo.hasCachedRelation("country")).isFalse();
        assertThat(statements(() -> assertThat(tokyo.country().name).isEqualTo("Japan"))).isEqualTo(1);
        assertThat(statements(() -> assertThat(tokyo.country().name).isEqualTo("Japan"))).isEqualTo(1);
        assertThat(statements(() -> assertThat(cities.get(1).country().name).isEqualTo("Japan"))).isZero();
    }

    @DatabaseTest
    void cacheFalse_inverseOfAnEagerLoad_isFilledFromMemoryForTheNextRead() {
        Country japan = Country.query().with("cities").all().get(0);

        assertThat(statements(() -> {
            for (City city : japan.cities()) {
                assertThat(city.country()).isSameAs(japan);
            }
        })).isZero();
        City tokyo = japan.cities().get(0);
        assertThat(statements(() -> assertThat(tokyo.country()).isNotSameAs(japan))).isEqualTo(1);
    }

    @DatabaseTest
    void cacheFalse_inverseOfALazyRead_isFilledFromMemoryForTheNextRead() {
        Country japan = Country.findOneOrThrow("JP");
        List<City> cities = japan.cities();

        assertThat(statements(() -> assertThat(cities.get(0).country()).isSameAs(japan))).isZero();
        assertThat(statements(() -> cities.get(0).country())).isEqualTo(1);
    }

    @DatabaseTest
    void cacheFalse_clearRelationCache_forgetsAValueLoadedAhead() {
        City tokyo = City.query().with("country").all().get(0);

        tokyo.clearRelationCache("country");

        assertThat(tokyo.hasCachedRelation("country")).isFalse();
        assertThat(statements(() -> tokyo.country())).isEqualTo(1);
    }

    private int statements(Runnable block) {
        return StatementCounter.count(database, block);
    }
}

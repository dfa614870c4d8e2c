package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * {@code Country.cities} is cached; {@code Country.citiesUncached} and {@code Country.citiesForAWhile} read the same rows
 * under {@code cache(false)} and {@code cache(Duration.ofMillis(300))}.
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

    @DatabaseTest
    void cacheFalse_hasMany_eagerLoaded_answersTheNextReadOnly_thenEveryReadQueries() {
        Country japan = Country.query().with("citiesUncached").all().get(0);

        assertThat(japan.hasCachedRelation("citiesUncached")).isTrue();
        assertThat(statements(() -> assertThat(japan.citiesUncached()).extracting(c -> c.name).containsExactly("Tokyo", "Kyoto")))
                .isZero();
        assertThat(japan.hasCachedRelation("citiesUncached")).isFalse();
        assertThat(statements(() -> assertThat(japan.citiesUncached()).hasSize(2))).isEqualTo(1);
        assertThat(statements(() -> assertThat(japan.citiesUncached()).hasSize(2))).isEqualTo(1);
        assertThat(japan.hasCachedRelation("citiesUncached")).isFalse();
    }

    @DatabaseTest
    void cacheFalse_nestedPath_eachStepAnswersItsNextReadOnly() {
        List<City> cities = City.query().with("country.citiesUncached").all();
        City tokyo = cities.get(0);
        Country[] japan = new Country[1];

        assertThat(statements(() -> japan[0] = tokyo.country())).isZero();
        assertThat(statements(() -> assertThat(japan[0].citiesUncached()).containsExactlyElementsOf(cities))).isZero();
        assertThat(statements(() -> assertThat(cities.get(1).country()).isSameAs(japan[0]))).isZero();
        assertThat(statements(() -> assertThat(japan[0].citiesUncached()).hasSize(2))).isEqualTo(1);
        assertThat(statements(() -> assertThat(tokyo.country().name).isEqualTo("Japan"))).isEqualTo(1);
    }

    @DatabaseTest
    void cacheTimeToLive_hasMany_eagerLoaded_expiresAfterItsDuration() throws InterruptedException {
        Country japan = Country.query().with("citiesForAWhile").all().get(0);

        assertThat(statements(() -> assertThat(japan.citiesForAWhile()).hasSize(2))).isZero();
        assertThat(statements(() -> assertThat(japan.citiesForAWhile()).hasSize(2))).isZero();
        Thread.sleep(400);
        assertThat(japan.hasCachedRelation("citiesForAWhile")).isFalse();
        assertThat(statements(() -> assertThat(japan.citiesForAWhile()).hasSize(2))).isEqualTo(1);
        assertThat(statements(() -> assertThat(japan.citiesForAWhile()).hasSize(2))).isZero();
    }

    @DatabaseTest
    void cacheFalse_strictLoading_aSecondRead_isAViolationThatSaysWithAnswersTheFirstReadOnly() {
        City tokyo = City.query().strict().with("country").all().get(0);
        Country japan = Country.query().strict().with("citiesUncached").all().get(0);

        assertThat(statements(() -> {
            tokyo.country();
            japan.citiesUncached();
        })).isZero();
        assertThat(statements(() -> assertThatThrownBy(tokyo::country).isInstanceOf(StrictLoadingViolationException.class)
                .hasMessage("Strict loading: City.country would be loaded lazily, once per City of a multi-row query (N+1); "
                        + "add with(\"country\") to the query that read the City records; City.country is cache(false), so "
                        + "what with(...) loads answers only its first read on each record, and the reads after it query: "
                        + "keep what the first read returned"))).isZero();
        assertThatThrownBy(japan::citiesUncached).isInstanceOf(StrictLoadingViolationException.class)
                .hasMessageEndingWith("Country.citiesUncached is cache(false), so what with(...) loads answers only its first "
                        + "read on each record, and the reads after it query: keep what the first read returned");
    }

    @DatabaseTest
    void cacheTimeToLive_strictLoading_aReadAfterExpiry_isAViolationThatSaysHowLongWithKeepsTheValue()
            throws InterruptedException {
        Country japan = Country.query().strict().with("citiesForAWhile").all().get(0);
        assertThat(statements(japan::citiesForAWhile)).isZero();

        Thread.sleep(400);

        assertThatThrownBy(japan::citiesForAWhile).isInstanceOf(StrictLoadingViolationException.class)
                .hasMessage("Strict loading: Country.citiesForAWhile would be loaded lazily, once per Country of a multi-row "
                        + "query (N+1); add with(\"citiesForAWhile\") to the query that read the Country records; "
                        + "Country.citiesForAWhile is cache(PT0.3S), so what with(...) loads answers its reads for that long "
                        + "only, and the reads after it query");
    }

    @DatabaseTest
    void cacheTimeToLive_hasManyAddAndRemove_doNotKeepTheLoadedListPastItsExpiry() throws InterruptedException {
        Country japan = Country.query().with("citiesForAWhile").all().get(0);
        City tokyo = japan.citiesForAWhile().get(0);
        Thread.sleep(200);
        City osaka = new City();
        osaka.name = "Osaka";

        Country.citiesForAWhile.add(japan, osaka);
        Country.citiesForAWhile.remove(japan, tokyo);

        Thread.sleep(150);
        assertThat(japan.hasCachedRelation("citiesForAWhile")).as("300 ms after the load").isFalse();
        assertThat(statements(() -> assertThat(japan.citiesForAWhile()).extracting(c -> c.name)
                .containsExactly("Kyoto", "Osaka"))).isEqualTo(1);
    }

    @DatabaseTest
    void cacheFalse_hasManyAdd_keepsTheListLoadedAheadInStep_forTheNextReadOnly() {
        Country japan = Country.query().with("citiesUncached").all().get(0);
        City osaka = new City();
        osaka.name = "Osaka";

        Country.citiesUncached.add(japan, osaka);

        assertThat(statements(() -> assertThat(japan.citiesUncached()).extracting(c -> c.name).containsExactly("Tokyo", "Kyoto", "Osaka")))
                .isZero();
        assertThat(statements(() -> assertThat(japan.citiesUncached()).hasSize(3))).isEqualTo(1);
    }

    private int statements(Runnable block) {
        return StatementCounter.count(database, block);
    }
}

package org.activerecord4j.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.activerecord4j.Database;
import org.activerecord4j.StatementCounter;
import org.activerecord4j.StrictLoadingViolationException;
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

    @DatabaseTest
    void cacheFalse_hasMany_eagerLoaded_answersTheNextReadOnly_thenEveryReadQueries() {
        Country japan = Country.query().with("citiesUncached").all().join().get(0);

        assertThat(japan.hasCachedRelation("citiesUncached")).isTrue();
        assertThat(statements(() -> assertThat(atOnce(japan.citiesUncached())).extracting(c -> c.name)
                .containsExactly("Tokyo", "Kyoto"))).isZero();
        assertThat(japan.hasCachedRelation("citiesUncached")).isFalse();
        assertThat(statements(() -> assertThat(japan.citiesUncached().join()).hasSize(2))).isEqualTo(1);
        assertThat(statements(() -> assertThat(japan.citiesUncached().join()).hasSize(2))).isEqualTo(1);
        assertThat(japan.hasCachedRelation("citiesUncached")).isFalse();
    }

    @DatabaseTest
    void cacheFalse_nestedPath_eachStepAnswersItsNextReadOnly() {
        List<City> cities = City.query().with("country.citiesUncached").all().join();
        City tokyo = cities.get(0);
        Country[] japan = new Country[1];

        assertThat(statements(() -> japan[0] = atOnce(tokyo.country()))).isZero();
        assertThat(statements(() -> assertThat(atOnce(japan[0].citiesUncached())).containsExactlyElementsOf(cities))).isZero();
        assertThat(statements(() -> assertThat(atOnce(cities.get(1).country())).isSameAs(japan[0]))).isZero();
        assertThat(statements(() -> assertThat(japan[0].citiesUncached().join()).hasSize(2))).isEqualTo(1);
        assertThat(statements(() -> assertThat(tokyo.country().join().name).isEqualTo("Japan"))).isEqualTo(1);
    }

    @DatabaseTest
    void cacheTimeToLive_hasMany_eagerLoaded_expiresAfterItsDuration() throws InterruptedException {
        Country japan = Country.query().with("citiesForAWhile").all().join().get(0);

        assertThat(statements(() -> assertThat(atOnce(japan.citiesForAWhile())).hasSize(2))).isZero();
        assertThat(statements(() -> assertThat(atOnce(japan.citiesForAWhile())).hasSize(2))).isZero();
        Thread.sleep(400);
        assertThat(japan.hasCachedRelation("citiesForAWhile")).isFalse();
        assertThat(statements(() -> assertThat(japan.citiesForAWhile().join()).hasSize(2))).isEqualTo(1);
        assertThat(statements(() -> assertThat(atOnce(japan.citiesForAWhile())).hasSize(2))).isZero();
    }

    @DatabaseTest
    void cacheFalse_strictLoading_aSecondRead_isAViolationThatSaysWithAnswersTheFirstReadOnly() {
        City tokyo = City.query().strict().with("country").all().join().get(0);
        Country japan = Country.query().strict().with("citiesUncached").all().join().get(0);

        assertThat(statements(() -> {
            atOnce(tokyo.country());
            atOnce(japan.citiesUncached());
        })).isZero();
        assertThat(statements(() -> assertThat(failure(tokyo.country())).isInstanceOf(StrictLoadingViolationException.class)
                .hasMessage("Strict loading: City.country would be loaded lazily, once per City of a multi-row query (N+1); "
                        + "add with(\"country\") to the query that read the City records; City.country is cache(false), so "
                        + "what with(...) loads answers only its first read on each record, and the reads after it query: "
                        + "keep what the first read returned"))).isZero();
        assertThat(failure(japan.citiesUncached())).isInstanceOf(StrictLoadingViolationException.class)
                .hasMessageEndingWith("Country.citiesUncached is cache(false), so what with(...) loads answers only its first "
                        + "read on each record, and the reads after it query: keep what the first read returned");
    }

    @DatabaseTest
    void cacheTimeToLive_strictLoading_aReadAfterExpiry_isAViolationThatSaysHowLongWithKeepsTheValue()
            throws InterruptedException {
        Country japan = Country.query().strict().with("citiesForAWhile").all().join().get(0);
        assertThat(statements(() -> atOnce(japan.citiesForAWhile()))).isZero();

        Thread.sleep(400);

        assertThat(failure(japan.citiesForAWhile())).isInstanceOf(StrictLoadingViolationException.class)
                .hasMessage("Strict loading: Country.citiesForAWhile would be loaded lazily, once per Country of a multi-row "
                        + "query (N+1); add with(\"citiesForAWhile\") to the query that read the Country records; "
                        + "Country.citiesForAWhile is cache(PT0.3S), so what with(...) loads answers its reads for that long "
                        + "only, and the reads after it query");
    }

    private static Throwable failure(CompletableFuture<?> future) {
        Throwable thrown = catchThrowable(future::join);
        assertThat(thrown).as("the future fails").isInstanceOf(CompletionException.class);
        assertThat(thrown.getCause()).as("the failure, unwrapped").isNotNull().isNotInstanceOf(CompletionException.class);
        return thrown.getCause();
    }

    @DatabaseTest
    void cacheTimeToLive_hasManyAddAndRemove_doNotKeepTheLoadedListPastItsExpiry() throws InterruptedException {
        Country japan = Country.query().with("citiesForAWhile").all().join().get(0);
        City tokyo = japan.citiesForAWhile().join().get(0);
        Thread.sleep(200);
        City osaka = new City();
        osaka.name = "Osaka";

        Country.citiesForAWhile.add(japan, osaka).join();
        Country.citiesForAWhile.remove(japan, tokyo).join();

        Thread.sleep(150);
        assertThat(japan.hasCachedRelation("citiesForAWhile")).as("300 ms after the load").isFalse();
        assertThat(statements(() -> assertThat(japan.citiesForAWhile().join()).extracting(c -> c.name)
                .containsExactly("Kyoto", "Osaka"))).isEqualTo(1);
    }

    @DatabaseTest
    void cacheFalse_hasManyAdd_keepsTheListLoadedAheadInStep_forTheNextReadOnly() {
        Country japan = Country.query().with("citiesUncached").all().join().get(0);
        City osaka = new City();
        osaka.name = "Osaka";

        Country.citiesUncached.add(japan, osaka).join();

        assertThat(statements(() -> assertThat(atOnce(japan.citiesUncached())).extracting(c -> c.name).containsExactly("Tokyo", "Kyoto", "Osaka")))
                .isZero();
        assertThat(statements(() -> assertThat(japan.citiesUncached().join()).hasSize(3))).isEqualTo(1);
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

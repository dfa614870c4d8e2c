package org.activerecord4j.models.async;

import java.util.concurrent.CompletableFuture;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.AsyncQuery;
import org.activerecord4j.relation.AsyncBelongsTo;

/** A child of a String-keyed parent. */
public class City extends AsyncActiveRecord<City> {
    public Long id;
    public String name;
    public String countryCode;

    public static final AsyncBelongsTo<Country> country = belongsTo(foreignKey("country_code"), inverseOf("cities"), cache(false));

    /** @return the country, read from the database every time (the relation is not cached) */
    public CompletableFuture<Country> country() {
        return country.of(this);
    }

    /** @return a query over every row */
    public static AsyncQuery<City> query() {
        return query(City.class);
    }

    /**
     * @param id the key
     * @return completes with the record or null
     */
    public static CompletableFuture<City> findOne(Object id) {
        return findOne(City.class, id);
    }

    /**
     * @param id the key
     * @return completes with the record; fails when there is none
     */
    public static CompletableFuture<City> findOneOrThrow(Object id) {
        return findOneOrThrow(City.class, id);
    }
}

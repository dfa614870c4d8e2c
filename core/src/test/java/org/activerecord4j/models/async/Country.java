package org.activerecord4j.models.async;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.AsyncQuery;
import org.activerecord4j.Id;
import org.activerecord4j.relation.AsyncHasMany;

/** A String-keyed parent. */
public class Country extends AsyncActiveRecord<Country> {
    @Id
    public String code;
    public String name;

    public static final AsyncHasMany<City> cities = hasMany(foreignKey("country_code"), inverseOf("country"));

    /** @return the cities */
    public CompletableFuture<List<City>> cities() {
        return cities.of(this);
    }

    /** @return a query over every row */
    public static AsyncQuery<Country> query() {
        return query(Country.class);
    }

    /**
     * @param id the key
     * @return completes with the record or null
     */
    public static CompletableFuture<Country> findOne(Object id) {
        return findOne(Country.class, id);
    }

    /**
     * @param id the key
     * @return completes with the record; fails when there is none
     */
    public static CompletableFuture<Country> findOneOrThrow(Object id) {
        return findOneOrThrow(Country.class, id);
    }
}

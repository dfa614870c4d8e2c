package org.activerecord4j.models;

import java.time.Duration;
import java.util.List;
import org.activerecord4j.Id;
import org.activerecord4j.relation.HasMany;

/** A String-keyed parent. */
public class Country extends CountryRecord {
    @Id
    public String code;
    public String name;

    public static final HasMany<City> cities = hasMany(foreignKey("country_code"), inverseOf("country"));
    /** The same rows as {@link #cities}, never cached. */
    public static final HasMany<City> citiesUncached = hasMany(target(City.class), foreignKey("country_code"), cache(false));
    /** The same rows as {@link #cities}, cached for 300 milliseconds. */
    public static final HasMany<City> citiesForAWhile = hasMany(target(City.class), foreignKey("country_code"),
            cache(Duration.ofMillis(300)));

    /** @return the cities */
    public List<City> cities() {
        return cities.of(this);
    }

    /** @return the cities, read from the database on every read not answered by a value loaded ahead of it */
    public List<City> citiesUncached() {
        return citiesUncached.of(this);
    }

    /** @return the cities, cached for 300 milliseconds */
    public List<City> citiesForAWhile() {
        return citiesForAWhile.of(this);
    }
}

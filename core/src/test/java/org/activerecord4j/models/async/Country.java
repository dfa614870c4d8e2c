package org.activerecord4j.models.async;

import java.time.Duration;
import org.activerecord4j.Id;
import org.activerecord4j.relation.AsyncHasMany;

/** A String-keyed parent. */
public class Country extends CountryAsyncRecord {
    @Id
    public String code;
    public String name;

    public static final AsyncHasMany<City> cities = hasMany(foreignKey("country_code"), inverseOf("country"));
    /** The same rows as {@link #cities}, never cached. */
    public static final AsyncHasMany<City> citiesUncached = hasMany(target(City.class), foreignKey("country_code"), cache(false));
    /** The same rows as {@link #cities}, cached for 300 milliseconds. */
    public static final AsyncHasMany<City> citiesForAWhile = hasMany(target(City.class), foreignKey("country_code"),
            cache(Duration.ofMillis(300)));
}

package org.activerecord4j.models;

import org.activerecord4j.relation.BelongsTo;

/** A child of a String-keyed parent. */
public class City extends CityRecord {
    public Long id;
    public String name;
    public String countryCode;

    public static final BelongsTo<Country> country = belongsTo(foreignKey("country_code"), inverseOf("cities"), cache(false));

    /** @return the country, read from the database every time (the relation is not cached) */
    public Country country() {
        return country.of(this);
    }
}

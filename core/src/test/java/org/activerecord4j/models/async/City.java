package org.activerecord4j.models.async;

import org.activerecord4j.relation.AsyncBelongsTo;

/** A child of a String-keyed parent. */
public class City extends CityAsyncRecord {
    public Long id;
    public String name;
    public String countryCode;

    public static final AsyncBelongsTo<Country> country = belongsTo(foreignKey("country_code"), inverseOf("cities"), cache(false));
}

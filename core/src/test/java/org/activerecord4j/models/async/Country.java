package org.activerecord4j.models.async;

import org.activerecord4j.Id;
import org.activerecord4j.relation.AsyncHasMany;

/** A String-keyed parent. */
public class Country extends CountryAsyncRecord {
    @Id
    public String code;
    public String name;

    public static final AsyncHasMany<City> cities = hasMany(foreignKey("country_code"), inverseOf("country"));
}

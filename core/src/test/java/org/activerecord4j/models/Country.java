package org.activerecord4j.models;

import java.util.List;
import org.activerecord4j.Id;
import org.activerecord4j.relation.HasMany;

/** A String-keyed parent. */
public class Country extends CountryRecord {
    @Id
    public String code;
    public String name;

    public static final HasMany<City> cities = hasMany(foreignKey("country_code"), inverseOf("country"));

    /** @return the cities */
    public List<City> cities() {
        return cities.of(this);
    }
}

package org.activerecord4j.models;

import org.activerecord4j.Table;
import org.activerecord4j.relation.Dependent;
import org.activerecord4j.relation.HasManyThrough;

/** A person who follows other people: a many-to-many of a model to itself through {@link Follow}. */
@Table("people")
public class Person extends PersonRecord {
    public Long id;
    public String name;

    public static final HasManyThrough<Person> following = hasManyThrough(through(Follow.class),
            sourceForeignKey("follower_id"), targetForeignKey("followed_id"), inverseOf("followers"), orderBy("name"),
            dependent(Dependent.DESTROY));
    public static final HasManyThrough<Person> followers = hasManyThrough(through(Follow.class),
            sourceForeignKey("followed_id"), targetForeignKey("follower_id"), inverseOf("following"), orderBy("name"),
            dependent(Dependent.DELETE));

    /** For loading. */
    public Person() {
    }

    /**
     * Creates an unsaved person.
     *
     * @param name the name
     */
    public Person(String name) {
        this.name = name;
    }
}

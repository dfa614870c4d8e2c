package org.activerecord4j.models.async;

import org.activerecord4j.Table;
import org.activerecord4j.relation.AsyncHasManyThrough;
import org.activerecord4j.relation.Dependent;

/** The async twin of the sync {@code Person}: followers and following through {@link Follow}. */
@Table("people")
public class Person extends PersonAsyncRecord {
    public Long id;
    public String name;

    public static final AsyncHasManyThrough<Person> following = hasManyThrough(through(Follow.class),
            sourceForeignKey("follower_id"), targetForeignKey("followed_id"), inverseOf("followers"), orderBy("name"),
            dependent(Dependent.DESTROY));
    public static final AsyncHasManyThrough<Person> followers = hasManyThrough(through(Follow.class),
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

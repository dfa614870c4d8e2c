package org.activerecord4j.testing.example;

import org.activerecord4j.Table;
import org.activerecord4j.relation.AsyncHasMany;

/** The async twin of {@link Author}, on the same table: for tests of code that uses the async API. */
@Table("authors")
public class AsyncAuthor extends AsyncAuthorAsyncRecord {
    public Long id;
    public String name;

    public static final AsyncHasMany<AsyncBook> books = hasMany(foreignKey("author_id"), inverseOf("author"));

    /** For loading. */
    public AsyncAuthor() {
    }

    /**
     * Creates an unsaved author.
     *
     * @param name the name
     */
    public AsyncAuthor(String name) {
        this.name = name;
    }
}

package org.activerecord4j.testing.example;

import java.util.List;
import org.activerecord4j.relation.HasMany;

/** An author with books: the model of the README's example test. */
public class Author extends AuthorRecord {
    public Long id;
    public String name;

    public static final HasMany<Book> books = hasMany(inverseOf("author"));

    /** For loading. */
    public Author() {
    }

    /**
     * Creates an unsaved author.
     *
     * @param name the name
     */
    public Author(String name) {
        this.name = name;
    }

    /** @return the books, by id */
    public List<Book> books() {
        return books.of(this);
    }
}

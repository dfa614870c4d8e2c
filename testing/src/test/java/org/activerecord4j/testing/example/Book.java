package org.activerecord4j.testing.example;

import org.activerecord4j.relation.BelongsTo;

/** A book by an author. */
public class Book extends BookRecord {
    public Long id;
    public Long authorId;
    public String title;

    public static final BelongsTo<Author> author = belongsTo(inverseOf("books"));

    /** For loading. */
    public Book() {
    }

    /**
     * Creates an unsaved book.
     *
     * @param title the title
     */
    public Book(String title) {
        this.title = title;
    }
}

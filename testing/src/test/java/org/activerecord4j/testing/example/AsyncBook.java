package org.activerecord4j.testing.example;

import org.activerecord4j.Table;
import org.activerecord4j.relation.AsyncBelongsTo;

/** The async twin of {@link Book}, on the same table. */
@Table("books")
public class AsyncBook extends AsyncBookAsyncRecord {
    public Long id;
    public Long authorId;
    public String title;

    public static final AsyncBelongsTo<AsyncAuthor> author = belongsTo(foreignKey("author_id"), inverseOf("books"));

    /** For loading. */
    public AsyncBook() {
    }

    /**
     * Creates an unsaved book.
     *
     * @param title the title
     */
    public AsyncBook(String title) {
        this.title = title;
    }
}

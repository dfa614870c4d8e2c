package org.activerecord4j.testing.example;

import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.Table;

/** The async twin of {@link Author}, on the same table: for tests of code that uses async transactions. */
@Table("authors")
public class AsyncAuthor extends AsyncActiveRecord<AsyncAuthor> {
    public Long id;
    public String name;

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

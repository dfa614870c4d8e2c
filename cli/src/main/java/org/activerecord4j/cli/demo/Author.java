package org.activerecord4j.cli.demo;

import org.activerecord4j.Table;

/** A blog author. */
@Table("authors")
public class Author extends AuthorRecord {
    public Long id;
    public String name;
    public String email;
}

package org.activerecord4j.cli.demo;

import java.util.List;
import org.activerecord4j.Table;
import org.activerecord4j.relation.HasMany;

/** A blog author, with posts. */
@Table("authors")
public class Author extends AuthorRecord {
    public Long id;
    public String name;
    public String email;

    public static final HasMany<Post> posts = hasMany(inverseOf("author"));

    /** @return the author's posts, by id */
    public List<Post> posts() {
        return posts.of(this);
    }
}

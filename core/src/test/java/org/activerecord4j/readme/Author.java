package org.activerecord4j.readme;

import java.util.List;
import org.activerecord4j.relation.HasMany;

/** The README's eager-loading example: an author with articles. */
public class Author extends AuthorRecord {
    public Long id;
    public String name;

    public static final HasMany<Article> articles = hasMany(inverseOf("author"));

    /** @return the articles, by id */
    public List<Article> articles() {
        return articles.of(this);
    }
}

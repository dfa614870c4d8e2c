package org.activerecord4j.readme;

import java.util.List;
import org.activerecord4j.relation.BelongsTo;
import org.activerecord4j.relation.HasMany;

/** An article by an author, with reviews. */
public class Article extends ArticleRecord {
    public Long id;
    public Long authorId;
    public String title;

    public static final BelongsTo<Author> author = belongsTo(inverseOf("articles"));
    public static final HasMany<Review> reviews = hasMany(inverseOf("article"));

    /** @return the author */
    public Author author() {
        return author.of(this);
    }

    /** @return the reviews, by id */
    public List<Review> reviews() {
        return reviews.of(this);
    }
}

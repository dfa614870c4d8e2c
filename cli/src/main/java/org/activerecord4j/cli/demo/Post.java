package org.activerecord4j.cli.demo;

import java.time.LocalDate;
import java.util.List;
import org.activerecord4j.relation.BelongsTo;
import org.activerecord4j.relation.HasMany;

/** A blog post, written by an author, with comments. */
public class Post extends PostRecord {
    public Long id;
    public Long authorId;
    public String title;
    public Integer likes;
    public LocalDate publishedOn;

    public static final BelongsTo<Author> author = belongsTo(inverseOf("posts"));
    public static final HasMany<Comment> comments = hasMany(inverseOf("post"));

    /** @return the author */
    public Author author() {
        return author.of(this);
    }

    /** @return the comments, by id */
    public List<Comment> comments() {
        return comments.of(this);
    }
}

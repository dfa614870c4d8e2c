package org.activerecord4j.cli.demo.async;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.AsyncQuery;
import org.activerecord4j.Table;
import org.activerecord4j.query.ComparableProperty;
import org.activerecord4j.query.ModelFields;
import org.activerecord4j.query.StringProperty;
import org.activerecord4j.relation.AsyncHasMany;

/** A blog author, with posts: the async twin of {@link org.activerecord4j.cli.demo.Author}. */
@Table("authors")
public class Author extends AsyncActiveRecord<Author> {
    public Long id;
    public String name;
    public String email;

    /** Typed columns, for queries: {@code Author.query().where(Author.c.email.isNull())}. */
    public static final Columns c = new Columns();

    public static final AsyncHasMany<Post> posts = hasMany(inverseOf("author"));

    /** @return completes with the author's posts, by id */
    public CompletableFuture<List<Post>> posts() {
        return posts.of(this);
    }

    /** @return a query over every author */
    public static AsyncQuery<Author> query() {
        return query(Author.class);
    }

    /** The field proxy of {@link Author}, as the processor generates it for the sync twin. */
    public static final class Columns extends ModelFields<Author> {
        /** Column for {@link Author#id}. */
        public final ComparableProperty<Author, Long> id = new ComparableProperty<>(Author.class, "id");
        /** Column for {@link Author#name}. */
        public final StringProperty<Author> name = new StringProperty<>(Author.class, "name");
        /** Column for {@link Author#email}. */
        public final StringProperty<Author> email = new StringProperty<>(Author.class, "email");

        Columns() {
            super(Author.class);
        }
    }
}

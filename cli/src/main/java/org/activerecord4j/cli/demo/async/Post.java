package org.activerecord4j.cli.demo.async;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.AsyncQuery;
import org.activerecord4j.Table;
import org.activerecord4j.query.ComparableProperty;
import org.activerecord4j.query.ModelFields;
import org.activerecord4j.query.StringProperty;
import org.activerecord4j.relation.AsyncBelongsTo;
import org.activerecord4j.relation.AsyncHasMany;

/** A blog post, written by an author, with comments: the async twin of {@link org.activerecord4j.cli.demo.Post}. */
@Table("posts")
public class Post extends AsyncActiveRecord<Post> {
    public Long id;
    public Long authorId;
    public String title;
    public Integer likes;
    public LocalDate publishedOn;

    /** Typed columns, for queries: {@code Post.query().where(Post.c.likes.ge(7))}. */
    public static final Columns c = new Columns();

    public static final AsyncBelongsTo<Author> author = belongsTo(inverseOf("posts"));
    public static final AsyncHasMany<Comment> comments = hasMany(inverseOf("post"));

    /** @return completes with the author */
    public CompletableFuture<Author> author() {
        return author.of(this);
    }

    /** @return completes with the comments, by id */
    public CompletableFuture<List<Comment>> comments() {
        return comments.of(this);
    }

    /** @return a query over every post */
    public static AsyncQuery<Post> query() {
        return query(Post.class);
    }

    /**
     * @param id the key
     * @return completes with the post; fails with {@link org.activerecord4j.RecordNotFoundException} when there is none
     */
    public static CompletableFuture<Post> findOneOrThrow(Object id) {
        return findOneOrThrow(Post.class, id);
    }

    /** The field proxy of {@link Post}, as the processor generates it for the sync twin. */
    public static final class Columns extends ModelFields<Post> {
        /** Column for {@link Post#id}. */
        public final ComparableProperty<Post, Long> id = new ComparableProperty<>(Post.class, "id");
        /** Column for {@link Post#authorId}. */
        public final ComparableProperty<Post, Long> authorId = new ComparableProperty<>(Post.class, "authorId");
        /** Column for {@link Post#title}. */
        public final StringProperty<Post> title = new StringProperty<>(Post.class, "title");
        /** Column for {@link Post#likes}. */
        public final ComparableProperty<Post, Integer> likes = new ComparableProperty<>(Post.class, "likes");
        /** Column for {@link Post#publishedOn}. */
        public final ComparableProperty<Post, LocalDate> publishedOn = new ComparableProperty<>(Post.class, "publishedOn");

        Columns() {
            super(Post.class);
        }
    }
}

package org.activerecord4j.cli.demo;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.activerecord4j.ActiveRecord;
import org.activerecord4j.Database;
import org.activerecord4j.StatementEvent;

/** The blog example: schema, data, typed queries, each statement printed as it runs. */
public final class BlogDemo {

    private final Database database;
    private final PrintWriter out;

    /**
     * Prepares the demo.
     *
     * @param database an empty database
     * @param out where to print
     */
    public BlogDemo(Database database, PrintWriter out) {
        this.database = database;
        this.out = out;
    }

    /**
     * Runs the demo.
     *
     * @throws Exception when a step fails
     */
    @SuppressWarnings("try") // the registration only needs closing
    public void run() throws Exception {
        Database.setDefault(database);
        try (AutoCloseable printer = database.addListener(this::print)) {
            section("Schema");
            database.createTables(Author.class, Post.class);

            section("Insert: one author with save(), posts in one batch with saveAll()");
            Author ann = new Author();
            ann.name = "Ann";
            ann.email = "ann@example.com";
            ann.save();
            Author bob = new Author();
            bob.name = "Bob";
            bob.save();
            List<Post> posts = new ArrayList<>();
            String[] titles = {"Hello, world", "Relationships first", "Queries that compile", "Batching"};
            for (int i = 0; i < titles.length; i++) {
                Post post = new Post();
                post.authorId = i % 2 == 0 ? ann.id : bob.id;
                post.title = titles[i];
                post.likes = i * 7;
                post.publishedOn = LocalDate.of(2026, 1, 1).plusDays(i * 30L);
                posts.add(post);
            }
            ActiveRecord.saveAll(posts);

            section("Typed queries through the field proxy");
            List<Post> popular = Post.query().where(Post.c.likes.ge(7)).orderBy(Post.c.likes.desc()).all();
            result("popular posts", popular.stream().map(post -> post.title).toList());
            result("Ann's post count", Post.query().where(Post.c.authorId.eq(ann.id)).count());
            result("first 'Q' title", Post.query().where(Post.c.title.startsWith("Q")).first().title);
            result("authors without email", Author.query().where(Author.c.email.isNull()).all().size());

            section("Update writes only what changed; a clean save writes nothing");
            Post first = Post.findOneOrThrow(posts.get(0).id);
            first.likes = 100;
            first.save();
            first.save();

            section("A transaction that fails leaves nothing behind");
            try {
                database.transaction(() -> {
                    Author ghost = new Author();
                    ghost.name = "Ghost";
                    ghost.save();
                    throw new IllegalStateException("changed my mind");
                });
            } catch (IllegalStateException expected) {
                result("rolled back because", expected.getMessage());
            }
            result("authors", Author.query().count());
        } finally {
            Database.setDefault(null);
        }
    }

    private void section(String title) {
        out.println();
        out.println("== " + title);
    }

    private void print(StatementEvent event) {
        out.println("  SQL> " + event.sql() + (event.parameters().isEmpty() ? "" : "  " + event.parameters())
                + (event.batchSize() > 1 ? "  (batch of " + event.batchSize() + ")" : ""));
    }

    private void result(String label, Object value) {
        out.println("  " + label + ": " + value);
    }
}
